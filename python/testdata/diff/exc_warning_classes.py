for c in (SyntaxWarning, FutureWarning, ResourceWarning, UnicodeTranslateError):
    print(c.__name__, [k.__name__ for k in c.__mro__])
try:
    raise FutureWarning("later")
except Warning as w:
    print(repr(w), isinstance(w, Exception))
