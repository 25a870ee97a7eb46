n = 5
print(len(n))
