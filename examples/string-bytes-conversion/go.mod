module example.com/string-bytes-conversion

go 1.19
