module example.com/inline-blocked

go 1.19
