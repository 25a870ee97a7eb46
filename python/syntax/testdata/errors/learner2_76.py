lambda a, *: 0
