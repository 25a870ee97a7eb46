import io
from contextlib import redirect_stdout
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2)
    print("second line", end="!")
print(repr(buf.getvalue()))
s = io.StringIO("line one\nline two\nthree")
print(s.readline(), s.read(4), s.tell(), s.readlines(), list(io.StringIO("a\nb\n")))
s.seek(0); print(s.read(), s.seek(0, io.SEEK_END), s.tell())
w = io.StringIO(); print(w.write("hello"), w.write(" world"), w.getvalue()); w.seek(0); w.write("J"); print(w.getvalue()); w.truncate(3); print(w.getvalue())
print("to a file object", file=w, sep="-"); print(repr(w.getvalue()))
b = io.BytesIO(b"abc\ndef"); print(b.read(2), b.readline(), b.read(), b.getvalue()); b.write(b"!"); print(b.getvalue())
with io.StringIO("x") as f:
    print(f.read(), f.closed)
print(f.closed)
for bad in [lambda: f.read(), lambda: io.StringIO().write(5), lambda: io.BytesIO().write("s")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bb = io.BytesIO(); bb.close()
try:
    bb.read()
except ValueError as e:
    print("ValueError", e)
