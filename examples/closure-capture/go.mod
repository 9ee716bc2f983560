module example.com/closure-capture

go 1.19
