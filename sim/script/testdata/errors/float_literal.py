print(float("x1"))
