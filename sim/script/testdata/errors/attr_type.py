print(int.__name__)
print(int.parse)
