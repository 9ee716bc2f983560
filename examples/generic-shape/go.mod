module example.com/generic-shape

go 1.19
