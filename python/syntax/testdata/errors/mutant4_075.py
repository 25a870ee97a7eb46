# comments everywhere
import time  # trailing comment
x = 1 + \
    2 + \
    3
if if x > 1 and \
        x < 10:
    pass
total = (1 +
         2  # inside brackets
         + 3)
values = [
    1,  # one
    # a comment line inside a list
    2,
]
call(a,
     b,
     c=3)
s = 'a' \
    'b'
def f(a,
      b):  # comment
    return a; \
        pass
x = 1; y = 2; z = 3
with open("f") as f: data = f.read(); n = len(data)
# final comment without newline
x = 1
# last line without newline