d = {"key": "value", 'other': 1}
print(f"{d["key"]}")
print(f'{d['other']}')
print(f"{'single' + "double"}")
print(f"""{f'{f"{1 + 1}"}'}""")
print(f"{", ".join(["a", "b"])}")
print(f"{'\n'.join(['x', 'y'])}")
songs = ["one", "two"]
print(f"playlist: {", ".join(f"<{s}>" for s in songs)}")
print(f"{f"{f"{f"{'deep'}"}"}"}")
