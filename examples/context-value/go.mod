module example.com/context-value

go 1.19
