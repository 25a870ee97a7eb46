x = 5L
