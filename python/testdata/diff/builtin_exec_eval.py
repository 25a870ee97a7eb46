g = {"a": 2}
exec("b = a * 21\nprint('in exec', b)", g)
print(g["b"], "__builtins__" in g)
print(eval("  a + 1", g), eval("[x * a for x in range(3)]", g))
def f(k):
    loc = {}
    exec("z = 2 + 1", globals(), loc)
    return loc["z"], eval("k * 2")
print(f(5))
x = 10
exec("x += 1")
print(x)
c = compile("q = 7\nprint('compiled', q)", "mine.py", "exec")
exec(c)
print(q, type(c).__name__)
print(eval(compile("1 + 2", "e", "eval")))
for bad in ["x = (", "1 +", "a b"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset, repr(e.text), e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("eval:", e, e.offset)
try:
    exec(1)
except TypeError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
try:
    exec("1", [])
except TypeError as e:
    print(e)
try:
    compile("1", "f", "nope")
except ValueError as e:
    print(e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
print(eval("lambda y: y + a", g)(1))
exec("def h():\n    return 1 / 0\n", g)
g["h"]()
