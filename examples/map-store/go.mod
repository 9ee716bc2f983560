module example.com/map-store

go 1.19
