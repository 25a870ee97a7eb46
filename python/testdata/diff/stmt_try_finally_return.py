def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    try:
        return "try"
    finally:
        return "finally wins"

def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i

def k():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(f())
print(g())
print(h())
print(k())
