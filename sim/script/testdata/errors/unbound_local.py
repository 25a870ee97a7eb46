def f():
    print(count)
    count = 1
f()
