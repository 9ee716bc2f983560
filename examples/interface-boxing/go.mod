module example.com/interface-boxing

go 1.19
