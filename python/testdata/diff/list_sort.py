words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
nums = [5, 2, 8, 1]
print(nums.sort(), nums, sorted(nums, reverse=True))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
print(sorted([[2, 1], [1, 2], [1]]), sorted({3: 1, 1: 2}), sorted("cba"))
