module example.com/sync-pool-boxing

go 1.19
