# contextlib for cleanup in concurrent code: contextmanager with errors inside, suppress, ExitStack
# (callbacks, enter_context, pop_all, exceptions), nullcontext, closing, redirect_stdout.
import contextlib
import io


@contextlib.contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r}")
    finally:
        log.append(f"close {name}")


log = []
with resource("a", log) as r:
    log.append(f"use {r}")
with resource("b", log):
    raise KeyError("k")
try:
    with resource("c", log):
        raise ValueError("v")
except ValueError as e:
    log.append(f"escaped {e!r}")
print(log)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
log = []
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(resource(n, log))
    stack.callback(log.append, "callback")
    stack.push(lambda *exc: log.append(("push", exc[0])))
print(log)
with contextlib.ExitStack() as stack:
    stack.callback(print, "not run")
    moved = stack.pop_all()
moved.close()
try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        raise RuntimeError("inside")
except RuntimeError as e:
    print("RuntimeError:", e)
with contextlib.nullcontext(42) as v:
    print(v)


class Conn:
    def close(self):
        print("closed")


with contextlib.closing(Conn()):
    print("using")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))


class Tracked(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


@Tracked()
def work():
    print("work")


work()
