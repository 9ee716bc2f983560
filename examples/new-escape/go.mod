module example.com/new-escape

go 1.19
