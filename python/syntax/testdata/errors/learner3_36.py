del (x, *y)
