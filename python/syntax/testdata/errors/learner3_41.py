x = [i for 1 in y]
