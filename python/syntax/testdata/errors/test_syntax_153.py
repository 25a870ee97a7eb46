f(**kwargs={'a': 1})
