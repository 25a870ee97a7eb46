def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
                print("received", received)
            except ValueError as e:
                print("caught", e)
                received = "recovered"
    finally:
        print("finally on close")

g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("bad")))
g.close()
print("closed")
try:
    g.send(5)
except StopIteration:
    print("send after close -> StopIteration")
g2 = echo()
try:
    g2.send(1)
except TypeError as e:
    print(e)
