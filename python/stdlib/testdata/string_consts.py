import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
from string import ascii_uppercase as up
print([c for c in up if c in "FUTURE"])
