module example.com/channel-send

go 1.19
