def f():
	return 1
    pass
