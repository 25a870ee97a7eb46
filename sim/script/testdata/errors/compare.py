print(sorted([3, 1, 2]))
print(len([]) < None)
