def worker():
    total = 0
    while True:
        item = yield total
        total += item

g = worker()
next(g)
g.send(5)
g.throw(ValueError("stop now"))
