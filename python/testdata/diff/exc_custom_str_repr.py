class Missing(KeyError):
    def __str__(self):
        return f"missing key {self.args[0]!r}"

class Detailed(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

for e in (Missing("k"), Detailed("boom", 7), KeyError("plain"), KeyError(), ValueError("a", "b")):
    print(repr(e), "|", str(e), "|", f"{e}", "|", e.args)
try:
    raise Detailed("bad input", 400)
except Exception as e:
    print(f"caught {type(e).__name__}: {e}")
raise Missing("user_id")
