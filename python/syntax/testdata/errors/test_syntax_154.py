f(a, b, *args, **kwargs={'a': 1})
