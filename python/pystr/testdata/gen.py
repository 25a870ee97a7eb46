"""Writes the CPython goldens for package pystr: run with CPython 3.13,

    ~/.pyenv/versions/3.13.0/bin/python3 testdata/gen.py

from python/pystr. Each case is [method, string, arguments, result] with the result as CPython
3.13 returned it (lists and tuples as JSON arrays, ValueError as "ValueError: message").
"""
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 13), "goldens are CPython 3.13's"
HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = "CPython " + sys.version.split()[0]

STRS = ["", "a", "abc", "Hello, World", "  spaced  out  ", "\t\n x \x0b\x0c\r y\x1c\x85\u3000",
        "a,b,,c,", ",,", "line1\nline2\r\nline3\rline4\x0bline5\u2028end\n", "\n\n", "ß straße ﬁne ﬂow",
        "ΣΑΣ ΟΔΟΣ. Σ ΑΣ'", "İstanbul ǅemal ǈ", "日本語テキスト", "x日y本z", "😀 emoji 😀", "MiXeD CaSe 123",
        "hello world", "HELLO", "Title Case String", "they're bill's friends", "a\u0301b", "ǆungla",
        "123", "١٢٣", "²³", "½⅓", "一二三", "Ⅻ", "abc123", "_ident", "1abc", "café", "x y", "\x7f\x00\u200b",
        "ab\tcd\tef", "a\tb\nc\td", "+42", "-7", "0", "ŉ and ǰ", "\u0130", "ﬃ", "tab\there"]


def run(f):
    try:
        r = f()
        return list(r) if isinstance(r, (list, tuple)) else r
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def cases():
    rng = random.Random(40)
    out = []
    one = ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isdigit", "isdecimal", "isnumeric",
           "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable",
           "isascii", "splitlines", "strip", "lstrip", "rstrip", "split", "rsplit", "__repr__", "ascii", "len"]
    for s in STRS:
        for m in one:
            if m == "ascii":
                r = ascii(s)
            elif m == "len":
                r = len(s)
            else:
                r = run(getattr(s, m))
            out.append([m, s, [], r])
        out.append(["splitlines", s, [True], s.splitlines(True)])
        for sep in [None, ",", " ", "ab", "", "日"]:
            for n in [-1, 0, 1, 2]:
                out.append(["split", s, [sep, n], run(lambda: s.split(sep, n))])
                out.append(["rsplit", s, [sep, n], run(lambda: s.rsplit(sep, n))])
        for chars in ["", " ", "ab", "x日", "\n "]:
            for m in ["strip", "lstrip", "rstrip"]:
                out.append([m, s, [chars], getattr(s, m)(chars)])
        for sub in ["", "a", "b", "ab", "日", "l", "xyz"]:
            for st, en in [(0, 2**62), (1, 2**62), (-3, 2**62), (0, -1), (2, 5), (5, 2), (100, 2**62), (-100, 3)]:
                for m in ["find", "rfind", "count", "startswith", "endswith"]:
                    out.append([m, s, [sub, st, en], getattr(s, m)(sub, st, en)])
            out.append(["partition", s, [sub], run(lambda: s.partition(sub))])
            out.append(["rpartition", s, [sub], run(lambda: s.rpartition(sub))])
            out.append(["removeprefix", s, [sub], s.removeprefix(sub)])
            out.append(["removesuffix", s, [sub], s.removesuffix(sub)])
            for new in ["", "-", "日日"]:
                for n in [-1, 0, 1, 2]:
                    out.append(["replace", s, [sub, new, n], s.replace(sub, new, n)])
        for w in [0, 5, 10, 11, 20]:
            for fill in [" ", "*", "日"]:
                for m in ["center", "ljust", "rjust"]:
                    out.append([m, s, [w, fill], getattr(s, m)(w, fill)])
            out.append(["zfill", s, [w], s.zfill(w)])
        for t in [8, 4, 1, 0, -1]:
            out.append(["expandtabs", s, [t], s.expandtabs(t)])
        n = len(s)
        for _ in range(6):
            a, b, c = rng.randint(-n - 2, n + 2), rng.randint(-n - 2, n + 2), rng.choice([1, 1, 2, -1, -2, 3])
            out.append(["slice", s, [a, b, c], s[a:b:c]])
    for _ in range(300):
        s = "".join(chr(rng.choice([rng.randint(0, 0x7f), rng.randint(0x80, 0x3ff), rng.randint(0x2000, 0x206f),
                                    rng.randint(0xe000, 0xf8ff), rng.randint(0x10000, 0x1ffff), rng.randint(0xe0000, 0xe01ef),
                                    0x27, 0x22, 0x5c])) for _ in range(rng.randint(0, 8)))
        out.append(["__repr__", s, [], repr(s)])
        out.append(["ascii", s, [], ascii(s)])
    for b in [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", bytes(range(256)), b"\\\t\n\r"]:
        out.append(["bytesrepr", b.decode("latin-1"), [], repr(b)])
    return out


with open(os.path.join(HERE, "str_methods.json"), "w") as f:
    cs = cases()
    f.write('{"written_by": %s, "cases": [\n' % json.dumps(VERSION))
    f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cs))
    f.write("\n]}\n")
print("str_methods.json", len(cs))

# Per code point: the predicates as bits, and each case mapping ("" when the character maps to
# itself). Every code point below U+3400, the 15.1 additions, and a seeded sample of the rest.
PREDS = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable"]
cps = list(range(0, 0x3400)) + list(range(0x2EBF0, 0x2EE60)) + sorted(rng_cp for rng_cp in random.Random(41).sample(range(0x3400, 0x110000), 6000))
rows = []
for cp in cps:
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    bits = sum(1 << i for i, m in enumerate(PREDS) if getattr(c, m)())
    if ("a" + c).isidentifier():
        bits |= 1 << len(PREDS)
    maps = [m if m != c else "" for m in (c.upper(), c.lower(), c.title(), c.casefold(), repr(c)[1:-1])]
    rows.append([cp, bits] + maps)
with open(os.path.join(HERE, "codepoints.json"), "w") as f:
    f.write('{"written_by": %s, "predicates": %s, "rows": [\n' % (json.dumps(VERSION), json.dumps(PREDS + ["identifier continue"])))
    f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    f.write("\n]}\n")
print("codepoints.json", len(rows))
