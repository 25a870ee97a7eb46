# want: exception RecursionError
# stderr-has: [Previous line repeated 996 more times]
# stderr-has: RecursionError: maximum recursion depth exceeded
def down(n):
    return down(n + 1)

down(0)
