# cpython: >=3.10
print("start")
prnt("hello")
