for expr in ['"x" * (10**20)', '[0] * (10**20)', '"x" * (10**12)', 'bytes(10**20)', 'list(range(10**20))', 'int("9"*5000)', 'str(10**5000)', '10**10**8 if False else 0', 'range(10**20)[10**19]', 'len(range(10**20))', '(1,) * (2**62)','"ab".join(["x"]* 10)', 'bytearray(10**20)' ]:
    try:
        r = eval(expr)
        print(expr, "->", type(r).__name__)
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
