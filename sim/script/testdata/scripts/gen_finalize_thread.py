# A generator among a thread's arguments is held as CPython's Thread holds it: Thread.run lets go of
# the target's arguments when it returns (or its exception does, after the thread's report), a
# Thread subclass's own run and a Timer keep them as long as the object lives, and a thread never
# started or ended lives only as long as the script references it. Same on CPython 3.11 and 3.13.
import threading


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


def started(name):
    g = gen(name)
    next(g)
    return g


def work(g):
    print("work", next(g))


t = threading.Thread(target=work, args=(started("t1"),))
t.start()
t.join()
print("joined t1")
del t


class T(threading.Thread):
    def run(self):
        print("custom run")


t = T(target=work, args=(started("t2"),))
t.start()
t.join()
print("joined t2")
del t
print("after del t2")

tm = threading.Timer(0.1, work, (started("t3"),))
tm.start()
tm.join()
print("joined t3")
del tm
print("after del t3")

t = threading.Thread(target=work, args=(started("t4"),))
del t
print("after del t4")

t = threading.Thread(target=work, kwargs={"g": started("t5")})
t.start()
t.join()
print("joined t5")


def fail(g):
    next(g)
    raise ValueError("boom")


threading.excepthook = lambda args: print("excepthook:", args.exc_type.__name__, args.exc_value)
t = threading.Thread(target=fail, args=(started("t6"),))
t.start()
t.join()
print("joined t6")

tm = threading.Timer(5, work, (started("t7"),))
tm.start()
tm.cancel()
tm.join()
print("cancelled t7")
del tm
print("after del t7")
