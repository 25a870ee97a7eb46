import re
m = re.search(r"(\w+)@(\w+)\.com", "write to alice@example.com today")
print(m, m.group(), m.group(1), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(), m[2], bool(m))
print(re.match(r"\d+", "123abc"), re.match(r"\d+", "abc123"), re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\d)x", "1x 2y 3x"))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.sub(r"\s+", " ", "a   b \t c"), re.subn(r"a", "A", "banana"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"(?P<first>\w+)-(?P<second>\w+)", r"\g<second>:\g<first>", "ab-cd"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("a", "b", "aaa", count=2))
print(re.split(r",\s*", "a, b,c,   d"), re.split(r"(-)", "1-2-3"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
p = re.compile(r"(?P<key>\w+):(?P<val>\d+)", re.IGNORECASE)
m = p.search("x KEY:42 y")
print(p, p.pattern, p.groups, p.groupindex, m.groupdict(), m.group("val"), m.lastindex, m.lastgroup)
print(re.compile("abc"), re.compile("a.c", re.S | re.M), re.search("A", "xa", re.I).group(), re.findall("^x", "x\nx", re.M))
print(re.escape("a.b*c?"), re.escape("1+1=2"), re.findall(r"[\d.]+", "v1.2 and 3.45"), re.search(r"\bcat\b", "concat cat").span())
print(re.findall(r"\w+", "héllo wörld ünïcode"), re.search(r"é(.)", "café!").span(1), re.findall(r"\s", "a\u00a0b c"))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.]?     # separator
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.findall("555-1234 and 666.9999"), re.findall(r"a{,2}", "aaa"), re.search("x*", "abc").span())
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("-"), re.match(r"(a)?b", "b").group(1))
for bad in [lambda: m.group(5), lambda: re.sub("a", r"\q", "a")]:
    try:
        bad()
    except NotImplementedError as e:
        print("NotImplementedError")
    except (IndexError, re.error) as e:
        print(type(e).__name__, e)
print(re.sub("x*", "-", "abxd"), re.findall(r"\w*", "ab cd"), re.split(r"\s*", "a b"))
