def ratio(a, b):
    return a / b

values = {"num": 10, "den": 0}
total = 1 + ratio(values["num"], values["den"]) * 2
