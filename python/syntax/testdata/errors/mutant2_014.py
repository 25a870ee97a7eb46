import time

def work(n):
    """Doc
    string."""
    s = """a
b"""
    return n  2

print(work(2))
