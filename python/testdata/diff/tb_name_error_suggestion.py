def compute():
    counter = 5
    return countr + 1

compute()
