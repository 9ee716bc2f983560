module example.com/fmt-sprintf

go 1.19
