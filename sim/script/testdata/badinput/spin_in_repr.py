# want: limit steps
# line: 5
class Slow:
    def __repr__(self):
        while True:
            pass

print(Slow())
