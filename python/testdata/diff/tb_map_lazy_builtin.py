class Parser:
    def parse(self, text):
        return int(text)

p = Parser()
lazy = map(p.parse, ["1", "2", "x"])
print("map created")
print(next(lazy), next(lazy))
print(list(lazy))
