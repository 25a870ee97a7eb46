class AppError(Exception):
    """Base of the app's errors."""

class NotFound(AppError):
    def __init__(self, key, hint="none"):
        super().__init__(f"{key} not found")
        self.key = key
        self.hint = hint

class Quiet(AppError):
    def __str__(self):
        return "quiet!"

try:
    raise NotFound("user", hint="check spelling")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.hint, repr(e))
print(str(Quiet("x")), repr(Quiet("x")), Quiet("a", 1).args)
print(isinstance(NotFound("k"), Exception), NotFound.__mro__[1].__name__, AppError.__doc__)
