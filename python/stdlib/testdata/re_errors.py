# re.error for bad patterns, with CPython's messages, positions, and the error's attributes.
import re

for p in ['(unclosed', '((a', 'a)', '[abc', '[]', '*a', 'a|*', '(*a)', 'a**', 'a+*', 'a{2}{3}', r'\q', r'[\A]',
          'a{3,2}', '(?P<n>a)(?P<n>b)', '(?P<1x>a)', '(?P<n', '(?P<>a)', '[z-a]', r'\1', r'(a)\2',
          'a??', '[]a]', 'a{2', 'x{,}', '(?i)abc', '(?:a|b)+']:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile("a\n(b")
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print(e, e.pos)
