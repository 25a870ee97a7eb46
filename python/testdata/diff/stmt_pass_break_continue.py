class Empty:
    pass

def noop():
    pass

for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    pass
    print(i)
print(noop(), Empty.__name__)
try:
    for x in range(3):
        try:
            continue
        finally:
            print("finally", x)
finally:
    print("outer finally")
