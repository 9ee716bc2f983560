module example.com/reflection

go 1.19
