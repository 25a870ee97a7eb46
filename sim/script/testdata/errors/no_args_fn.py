def tick():
    return 1
print(tick())
tick(5)
