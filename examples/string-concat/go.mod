module example.com/string-concat

go 1.19
