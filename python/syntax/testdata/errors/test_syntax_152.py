f(a, b, *args=[0])
