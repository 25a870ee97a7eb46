def g():
    try:
        yield 1
        return "done"
    finally:
        print("finally in g")

def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)

print(list(g()))
it = h()
print(next(it), next(it))
it.close()
print("closed")
def early():
    try:
        yield from h()
    finally:
        print("outer finally")
e = early()
print(next(e))
e.close()
