module example.com/constant-boxing

go 1.19
