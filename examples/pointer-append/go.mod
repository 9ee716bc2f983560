module example.com/pointer-append

go 1.19
