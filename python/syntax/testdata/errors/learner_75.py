x = """a
b
c
