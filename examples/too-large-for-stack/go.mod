module example.com/too-large-for-stack

go 1.19
