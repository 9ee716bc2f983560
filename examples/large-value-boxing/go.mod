module example.com/large-value-boxing

go 1.19
