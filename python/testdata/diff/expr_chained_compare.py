def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(0) < v(5))
print(v(5) < v(1) < v(9))
x = 5
print(0 <= x < 10, 0 < x == 5 != 6)
print(1 == 1.0 == True, "a" < "b" < "c")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd")
