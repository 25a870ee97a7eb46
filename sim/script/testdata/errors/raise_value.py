def parse(text):
    if not text.isdigit():
        raise ValueError("bad input")
    return int(text)


print(parse("42"))
print(parse("4x2"))
