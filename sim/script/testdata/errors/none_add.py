def work(x):
    x * 2
print(work(1) + 1)
