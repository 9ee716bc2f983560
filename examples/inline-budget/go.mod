module example.com/inline-budget

go 1.19
