module example.com/nonconstant-make

go 1.19
