# want: exception MemoryError
# stderr-has: MemoryError: integer too large
x = 10**10**8
print(len(str(x)))
