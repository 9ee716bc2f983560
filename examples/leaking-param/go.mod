module example.com/leaking-param

go 1.19
