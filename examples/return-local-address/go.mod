module example.com/return-local-address

go 1.19
