class HTTPError(Exception):
    def __init__(self, code, reason="unknown"):
        self.code = code
        self.reason = reason

class Wrapped(Exception):
    def __init__(self, *parts):
        super().__init__(" / ".join(parts))

e = HTTPError(404, reason="not found")
print(e.args, str(e), repr(e), e.code, e.reason)
print(Wrapped("a", "b").args, str(Wrapped("a", "b")))
try:
    raise HTTPError(500)
except Exception as err:
    print(f"{type(err).__name__}: {err}")
raise HTTPError(503, "busy")
