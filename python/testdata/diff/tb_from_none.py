try:
    int("abc")
except ValueError:
    raise LookupError("lookup failed") from None
