# The % operator formats strings as Python does.
x = 3.14159
print("%.3f" % x)  #> 3.142
print("%5.1f|%-6.2f|%+d" % (x, x, 5))  #>   3.1|3.14  |+5
print("%s and %r" % ("a", "a"))  #> a and 'a'
print("%(n)d items" % {"n": 3})  #> 3 items
print("%x %X %o %#x" % (255, 255, 8, 255))  #> ff FF 10 0xff
print("%e %g %g" % (12345.678, 0.0001, 1e16))  #> 1.234568e+04 0.0001 1e+16
print("%05d|%*d|%.*f" % (42, 4, 7, 1, 2.25))  #> 00042|   7|2.2
print("%c%c %%" % (72, "i"))  #> Hi %
print("%s" % [1, "a"])  #> [1, 'a']
fmt = "%d%%"
print(fmt % 50)  #> 50%
s = "total: "
s %= ()
s += "%d" % 7
print(s)  #> total: 7
print(7 % 3, -7 % 3, 7.5 % 2)  #> 1 2 1.5
# ---
print("%d" % "a")  # error: %d format: a real number is required, not str
# ---
print("%s %s" % (1,))  # error: not enough arguments for format string
# ---
print("%s" % (1, 2))  # error: not all arguments converted during string formatting
# ---
print("%q" % 1)  # error: unsupported format character 'q' (0x71) at index 1
# ---
print(5 % 0)  # error: integer modulo by zero
# ---
d = {}
print("%(a)s" % d)  # error: KeyError: 'a'
