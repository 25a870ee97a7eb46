class Broken:
    def __repr__(self):
        return 1 / 0

print("before")
print([Broken()])
