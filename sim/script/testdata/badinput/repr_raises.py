# want: exception ValueError
# stderr-has: ValueError: no repr for you
class Shy:
    def __repr__(self):
        raise ValueError("no repr for you")

print([Shy()])
