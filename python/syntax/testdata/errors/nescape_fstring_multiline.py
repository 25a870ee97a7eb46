s = f"""a
b\N{NOPE}
c{1}"""
