print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age:d}".format(name="Ann", age=30))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {: d} {:x} {:#o}".format(3.14159, 5, 5, 255, 8))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{}} {:{}}".format(7, 4) + "|")
print("{0:{1}.{2}f}".format(2.71828, 9, 2))
for bad in ("{", "}", "{0} {}", "{x}"):
    try:
        bad.format(1)
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
