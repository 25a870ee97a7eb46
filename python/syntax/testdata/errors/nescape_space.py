s = "\N{ BULLET}"
