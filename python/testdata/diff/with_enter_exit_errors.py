class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")

class SeeTraceback:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, str(ev), type(tb).__name__, tb.tb_lineno)
        return True

try:
    with FailEnter():
        print("body not run")
except RuntimeError as e:
    print("caught", e)
with SeeTraceback():
    x = 1
    raise KeyError("inside")
print("after")
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
