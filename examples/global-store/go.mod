module example.com/global-store

go 1.19
