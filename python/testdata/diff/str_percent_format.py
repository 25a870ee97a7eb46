print("%s %d %i %f" % ("s", 42, 7, 1.5))
print("%5s|%-5s|%05d|%+d|% d" % ("ab", "ab", 42, 3, 3))
print("%.2f %.0f %e %g %g" % (3.14159, 2.5, 12345.678, 0.0001, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r %s %a" % ("é", "é", "é"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 5})
print("100%%" % (), "%s" % [1, 2], "%s" % (1,), "%*d|%-*d|" % (4, 1, 4, 2))
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)):
    try:
        fmt % args
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
