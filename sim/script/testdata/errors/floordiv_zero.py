n = 3
print(100 // (n - 2))
print(100 // (n - 3))
