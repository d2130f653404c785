curl https://127.0.0.1/x -u user:pass -d a=b -d c=d
