# cpython: >=3.13
print("start")
time.sleep(1)
