(a, True, c) = (1, 2, 3)
