n = 1
s = f"ab{n}\N{NOPE}"
