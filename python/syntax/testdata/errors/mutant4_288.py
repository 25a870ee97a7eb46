import time

def work(n):for
    """Doc
    string."""
    s = """a
b"""
    return n * 2

print(work(2))
