while True:
    pass
elif x:
    pass
