for a, b, (c + 1, d()): pass
