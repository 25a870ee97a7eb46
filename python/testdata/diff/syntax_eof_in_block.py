def f():
    x = 1
if True:
