class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

g = Grid()
g[0, 1] = "x"
g[2] = "y"
print(g[0, 1], g[5], g[1:2], g[::3])
del g[2]
g[0, 1] += "!"
print(g.cells)
