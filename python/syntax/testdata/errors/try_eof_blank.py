try:
    x

