module example.com/method-value

go 1.19
