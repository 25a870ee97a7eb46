"""Writes the CPython goldens for package format: run with CPython 3.13,

    ~/.pyenv/versions/3.13.0/bin/python3 testdata/gen.py

from python/format. Every expected output in testdata/*.json is what this CPython printed; the
cases themselves are chosen here (hand-picked edge cases plus a seeded random sample of specs).
"""
import json
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 13), "goldens are CPython 3.13's"
HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = "CPython " + sys.version.split()[0]


def enc(v):
    """A value as the Go test reads it: kind and text (floats exactly, as float.hex)."""
    if isinstance(v, bool):
        return ["bool", str(v)]
    if isinstance(v, int):
        return ["int", hex(v)]
    if isinstance(v, float):
        return ["float", v.hex() if math.isfinite(v) else repr(v)]
    if isinstance(v, str):
        return ["str", v]
    if isinstance(v, tuple):
        return ["tuple", [enc(x) for x in v]]
    if isinstance(v, dict):
        return ["dict", [[k, enc(x)] for k, x in v.items()]]
    if v is None:
        return ["none", ""]
    raise TypeError(v)


def run(f):
    """[result, ""] or ["", "ExcType: message"]."""
    try:
        return [f(), ""]
    except Exception as e:
        return ["", type(e).__name__ + ": " + str(e)]


def write(name, cases):
    with open(os.path.join(HERE, name), "w") as f:
        f.write('{"written_by": %s, "cases": [\n' % json.dumps(VERSION))
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
        f.write("\n]}\n")
    print(name, len(cases))


INTS = [0, 1, -1, 7, -42, 255, 65, 1234567, -9876543210, 2**63 - 1, -2**63, 2**64 + 1, -(10**30) - 7]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1234567.891, 1e16, 9999999999999998.0, 1e-5, 1.5e-5,
          0.0001, 123456789012345678.0, 5e-324, 1.7976931348623157e308, math.inf, -math.inf,
          math.nan, 0.5, 2.5, 0.125, 9.995, 1e22, 100.0, -0.001, 1/3, 12345.6789, 0.000123456]
STRS = ["", "abc", "héllo", "日本語", "a\tb"]


def rand_spec(rng, types):
    parts = []
    r = rng.random()
    if r < 0.2:
        parts.append(rng.choice("*é0x") + rng.choice("<>=^"))
    elif r < 0.45:
        parts.append(rng.choice("<>=^"))
    parts.append(rng.choice(["", "", "+", "-", " "]))
    parts.append(rng.choice(["", "", "", "z"]))
    parts.append(rng.choice(["", "", "#"]))
    parts.append(rng.choice(["", "", "0"]))
    parts.append(rng.choice(["", "", "1", "8", "15", "30"]))
    parts.append(rng.choice(["", "", "", ",", "_"]))
    parts.append(rng.choice(["", "", ".0", ".1", ".3", ".6", ".17", ".30"]))
    parts.append(rng.choice(types))
    return "".join(parts)


def format_cases():
    rng = random.Random(10)
    cases = []
    fixed = ["", "d", "x", "#X", ",", "_", "_x", "_b", "#_o", ",d", "08,", "010,.2f", "c", "n", "e", ".2%",
             "z.1f", "=+10", "^9", "<05", "0=8", ".3", "#.3", "#", ".0", ".17g", "#.0e", "#.0f", ",.2f",
             "x<12,", ",x", ",s", "_n", ".2", "z", "+c", "#c", "s", "y", ",_", "_,", ".", "1.", "ab",
             "é^7", "\u00e9", "10000000000000000000000", "0>10", ".50f", ".40e", "30.20g", "#.20g",
             "+015_.3e", " ", "-", "=", "%", "#%", "z+.0f", "03d", "-#010x", "#b", "c>5"]
    ispecs = fixed + [rand_spec(rng, list("bcdoxXneEfFgG%") + ["", "", "s"]) for _ in range(700)]
    fspecs = fixed + [rand_spec(rng, list("eEfFgGn%") + ["", "", "", "d"]) for _ in range(900)]
    sspecs = fixed + [rand_spec(rng, ["", "", "s", "d"]) for _ in range(300)]
    for spec in ispecs:
        for v in rng.sample(INTS, 5):
            cases.append([enc(v), spec] + run(lambda: format(v, spec)))
    for spec in fspecs:
        for v in rng.sample(FLOATS, 6):
            cases.append([enc(v), spec] + run(lambda: format(v, spec)))
    for spec in sspecs:
        for v in rng.sample(STRS, 3):
            cases.append([enc(v), spec] + run(lambda: format(v, spec)))
    for spec in fixed[:40]:
        for v in (True, False):
            cases.append([enc(v), spec] + run(lambda: format(v, spec)))
    for v in FLOATS:
        for spec in ["f", ".1f", ".2f", ".12f", "e", ".0e", ".15e", "g", ".1g", ".16g", ".17g", "", ".6", "%", "n", "#g", "#.5g", "z.2f", ",f", "_.3f"]:
            cases.append([enc(v), spec] + run(lambda: format(v, spec)))
    # Halfway and near-halfway cases: rounding is on the exact binary value.
    for i in range(400):
        v = rng.choice([0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045]) * 10 ** rng.randint(-3, 3) + rng.choice([0, 0, 1e-9])
        spec = "." + str(rng.randint(0, 4)) + rng.choice("feg")
        cases.append([enc(v), spec] + run(lambda: format(v, spec)))
    big = [10**40, -(10**40) + 1, 2**100, 10**4300 - 1, 10**4300]
    for v in big:
        for spec in ["", "d", ",", "_x", "#o", "e", ".3g", "n", "=+60"]:
            cases.append([enc(v), spec] + run(lambda: format(v, spec)))
    cases.append([enc(10**400), "f"] + run(lambda: format(10**400, "f")))
    return cases


if __name__ == "__main__":
    write("format_spec.json", format_cases())


def number_cases():
    rng = random.Random(20)
    floats = FLOATS + [1e15, 1e17, 123.456, 1.1, 2.2, 3.3000000000000003, 0.3, 1e-4, 9.999e-5, 1e100,
                       2.0**53, 2.0**53 + 2, 4.35, 0.1 + 0.2, -1e-310, 1e-320, 6.02214076e23]
    for _ in range(600):
        e = rng.randint(-30, 30)
        floats.append(rng.uniform(-1, 1) * 10.0**e)
        floats.append(float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 3]))
        floats.append(rng.getrandbits(64) / 2**rng.randint(0, 80))
    repr_cases = [[enc(v), repr(v)] for v in floats]

    round_cases = []
    for v in floats[:400] + [2.675, 2.5, 0.5, 1.5, -0.5, -2.5, 2.567, 0.125, 0.375, 1.005, 5e-324, 1e308, 1.7976931348623157e308]:
        for n in [None, 0, 1, 2, 3, -1, -2, 5, 17, 400, -400, -308, 323]:
            round_cases.append([enc(v), n] + run(lambda: repr(round(v, n))))

    ops = ["//", "%", "divmod", "/", "**"]
    ints = [0, 1, -1, 2, 3, -7, 7, 10, -10, 2**63 - 1, -2**63, 2**64, -(3**50), 10**400, 10**399, 12345678901234567890]
    arith_cases = []
    for a in ints:
        for b in ints:
            for op in ops:
                if op == "**" and (abs(b) > 64 or abs(a) > 2**64 and abs(b) > 2):
                    continue
                arith_cases.append([op, enc(a), enc(b)] + run(lambda: repr(eval("divmod(a, b)" if op == "divmod" else "a %s b" % op, {"a": a, "b": b}))))
    fl = [0.0, -0.0, 1.0, -1.0, 7.5, -7.5, 2.0, -2.0, 0.5, 3.0, 1e308, 1e-308, math.inf, -math.inf, math.nan, 1.1, 10.0, -3.0, 1/3]
    for a in fl:
        for b in fl:
            for op in ops:
                arith_cases.append([op, enc(a), enc(b)] + run(lambda: repr(eval("divmod(a, b)" if op == "divmod" else "a %s b" % op, {"a": a, "b": b}))))
    for _ in range(500):
        a = rng.uniform(0.1, 10)
        b = rng.randint(-30, 30)
        arith_cases.append(["**", enc(a), enc(float(b))] + run(lambda: repr(a ** float(b))))
    for _ in range(200):
        a, b = rng.randint(-10**20, 10**20), rng.randint(-10**20, 10**20) or 1
        for op in ["//", "%", "/"]:
            arith_cases.append([op, enc(a), enc(b)] + run(lambda: repr(eval("a %s b" % op, {"a": a, "b": b}))))
    powmod = []
    for x in [0, 1, 2, 3, -2, 10, 12345, 2**100]:
        for y in [0, 1, 2, 5, -1, -2, 100, 2**70]:
            for m in [1, -1, 2, 5, -5, 7, 0, 2**61 - 1, 10]:
                powmod.append([enc(x), enc(y), enc(m)] + run(lambda: repr(pow(x, y, m))))

    int_strs = ["0", "12", "-12", " +7 ", "1_000", "1__0", "_1", "1_", "0x1f", "0X_1F", "0o17", "0b101",
                "010", "00", "0_0", "0x", "", "  ", "abc", "z", "Z", "1e3", "12.0", "١٢", "\u00a012\u2003",
                "\x1c12", "+", "-0", "9" * 30, "-" + "9" * 30, "1" * 4301, "1" * 4300, "f" * 5000, "1" * 5000 + "x",
                "0b", "0b2", "0o8", "0xg", "\t\n 42 \r", "४२", "1 2", "٣_٣", "--1", "+-1", "0_", "0x_", "0x__1"]
    bases = [10, 0, 2, 8, 16, 36, 3, 1, 37, -1]
    parse_int = []
    for s in int_strs:
        for b in bases:
            parse_int.append([s, b] + run(lambda: hex(int(s, b))))
    float_strs = ["1", "1.5", " 1e3 ", "-1E-3", ".5", "5.", ".", "e5", "1e", "1e+", "inf", "-Infinity", "+nan",
                  "-nan", "NaN", "infinit", "1_0.5", "1_.5", "1._5", "1e1_0", "1__0", "_1", "1_", "0x10", "١.٥",
                  "\u20031.5\u3000", "1e400", "-1e400", "1e-400", "2.2250738585072011e-308", "0.1", "123456789012345678901234567890",
                  "9007199254740993", "", "  ", "1.5x", "- 1", "+.5e-3", "1.7976931348623157e308", "1.7976931348623159e308",
                  "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "0e0", "-0", "-0.0"]
    parse_float = [[s] + run(lambda: repr(float(s))) for s in float_strs]
    int_str = []
    for v in [0, 1, -1, 10**4299, 10**4300 - 1, 10**4300, -(10**4300), 2**14285, 2**14286, 10**5000, 2**64, -2**63]:
        for lim in [4300, 0, 640, 5000]:
            sys.set_int_max_str_digits(lim)
            int_str.append([enc(v), lim] + run(lambda: str(v)))
    sys.set_int_max_str_digits(4300)
    for v in [0, 5, -5, 255, -256, 2**100, -(2**100)]:
        int_str.append([enc(v), -1, bin(v) + " " + oct(v) + " " + hex(v), ""])
    to_float = [[enc(v)] + run(lambda: repr(float(v))) for v in [2**53 + 1, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024, -(10**400), 3**400, 10**22 + 1]]
    write("float_repr.json", repr_cases)
    write("round.json", round_cases)
    write("arith.json", arith_cases)
    write("powmod.json", powmod)
    write("parse_int.json", parse_int)
    write("parse_float.json", parse_float)
    write("int_str.json", int_str + [["tofloat", c[0]] + c[1:] for c in to_float])


if __name__ == "__main__":
    number_cases()


def percent_cases():
    rng = random.Random(30)
    cases = []
    fixed = [('%5%', ()), ('%', ()), ('abc%', ()), ('%y', ()), ('%y', (1,)), ('%(a)%', {'a': 1}),
             ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('abc', {'a': 1}), ('abc', 5), ('abc', ()),
             ('%s %s', (1,)), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a)s', (1,)), ('%*d', ('x', 1)),
             ('%.*f', (2.5, 1.0)), ('%*d', (-5, 1)), ('%.*f', (-2, 1.5)), ('%c', 'ab'), ('%c', 1.5), ('%c', -1),
             ('%c', 2**70), ('%c', 'é'), ('%c', 0x1F600), ('%5c|', 65), ('%-3c|', 'x'), ('%f', 'a'), ('%d', 1.5),
             ('%d', math.inf), ('%d', math.nan), ('%x', True), ('%x', 1.0), ('%i', 'x'), ('%u', -3), ('%#X', 255),
             ('%#5x', 255), ('%#05x', 255), ('%+05d', -3), ('% d', 5), ('%-+8.3f', 3.14159), ('%.3s', 'abcdef'),
             ('%5.1s', 'xyz'), ('%r', 'é\n'), ('%a', 'é'), ('%ld', 5), ('%hd', 5), ('%Lf', 5.0), ('%é', 1),
             ('%\x01', 1), ('%s', None), ('%d', None), ('%r', None), ('%.0e', 5.5), ('%#.0f', 2.0), ('%g', 1e-5),
             ('%G', 1e20), ('%10.4g', 3.14159265), ('%-10s|', ('ab',)), ('%05s', 'ab'), ('%.2%', ()),
             ('%(a)d %(b)s', {'a': 1, 'b': 'x'}), ('%((a))s', {'(a)': 1}), ('%(x)s', {'a': 1}), ('%s', (1, 2)),
             ('%s', ((1, 2),)), ('%99999999999999999999d', 1), ('%.99999999999999d', 1), ('%d', 10**5000),
             ('%x', 10**5000 // 7), ('%s', 2**200), ('%r', 1.0), ('%s', 0.1), ('%s', True), ('%d', False),
             ('%.3d', -5), ('%#.3x', 5), ('%+#o', 8), ('%#o', 0), ('%#x', -255), ('%0-5d|', 3), ('%-05d|', 3),
             ('%05f', math.inf), ('%+f', math.nan), ('%f', -0.0), ('%e', 1e300), ('%.50f', 0.1), ('%s %r %a', ('日本', '日本', '日本')),
             ('%10s|', '日本'), ('%-10r|', 'é'), ('%.1r', 'ab'), ('%s', ''), ('%%%s%%', 'x'), ('%(a)s%(a)r', {'a': 'q'}),
             ('%d%%', 50), ('%*.*f', (8, 3, 3.14159)), ('%-*s|', (6, 'ab')), ('%.*s', (2, 'abcdef')), ('%*s', (True, 'x'))]
    for f, a in fixed:
        cases.append([f, enc(a)] + run(lambda: f % a))
    values = {
        "d": [0, 7, -42, 123456, -2**63, 2**64, True, 3.99, -3.99],
        "x": [0, 255, -255, 2**64 + 5, True],
        "f": [0.0, -0.0, 1.5, -2.675, 0.125, 1e-7, 123456.789, 1e22, math.inf, -math.inf, math.nan, 7, -(10**20), 1/3],
        "s": ["", "abc", "héllo", "日本語", 42, -1.5, None, True, "it's", 'say "hi"'],
        "c": [65, "z", 0x263A, "日"],
    }
    kinds = {"d": "diu", "x": "xXo", "f": "eEfFgG", "s": "sra", "c": "c"}
    for _ in range(3000):
        k = rng.choice(list(kinds))
        ch = rng.choice(kinds[k])
        flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
        width = rng.choice(["", "", "1", "5", "12", "*"])
        prec = rng.choice(["", "", ".0", ".1", ".3", ".10", ".*"])
        f = "<%" + flags + width + prec + ch + ">"
        v = rng.choice(values[k])
        args = []
        if width == "*":
            args.append(rng.choice([0, 3, 9, -7]))
        if prec == ".*":
            args.append(rng.choice([0, 2, 5, -1]))
        args.append(v)
        a = tuple(args) if len(args) > 1 or rng.random() < 0.5 else v
        cases.append([f, enc(a)] + run(lambda: f % a))
    write("percent.json", cases)


if __name__ == "__main__":
    percent_cases()


def strformat_cases():
    args = (1, "two", 3.5, (10, 20, 30), {"k": "v", "0": "zero"}, -42, "日本", 2**70, True, None)
    kwargs = {"name": "Ada", "w": 10, "p": 3, "t": (7, 8), "d": {"x": 1.25}, "f": 2.675, "s": "abc"}
    fmts = [
        "", "plain", "{}", "{} {}", "{0} {0}", "{1}{0}", "{name}", "{0[1]}", "{3[2]}", "{4[k]}", "{4[0]}",
        "{t[0]}", "{d[x]:.1f}", "{:{w}.{p}f}", "{f:{w}.{p}}", "{2:>{w}}", "{0!r}", "{1!r}", "{1!s}", "{6!a}",
        "{6!r:>8}", "{1!x}", "{1!}", "{1!", "{1!r", "{1!rr}", "{{}}", "{{{0}}}", "}}{{", "{", "}", "a{", "a}",
        "{0", "{0:", "{0:{", "{0:{}", "{:{:{}}}", "{:{}}", "{0:{1}}", "{} {1}", "{1} {}", "{0[}", "{0[1]x}",
        "{0.}", "{0[]}", "{.real}", "{0.real}", "{2.real}", "{3[5]}", "{12}", "{nope}", "{name[0]}", "{name.x}",
        "{9999999999999999999999}", "{0[9999999999999999999999]}", "{ 0}", "{-1}", "{0x}", "{:d}", "{1:d}",
        "{2:,.2f}", "{7:_}", "{7:x}", "{8}", "{8:>5}", "{9}", "{9!r}", "{:}", "{0!s:}", "{!r}", "{a{b}",
        "{0:{{}}}", "{w:{w}}", "{0:}}", "{0:{1:{2}}}", "{١}", "{0[١]}", "{3[-1]}", "{4[k]!r:^9}",
        "{name:*^11}", "{s:.1}", "{f!r}", "{f:%}", "x{0}y{1}z", "{0}{", "{0}}", "{1.a.b}",
        "{3!r:}", "{3}", "{3:}", "{3:x}", "{4}", "{5:+}", "{5:c}", "{0:\u00e9}", "{:<{}}", "{:{}<}",
    ]
    cases = [[f] + run(lambda: f.format(*args, **kwargs)) for f in fmts]
    write("strformat.json", [[enc(args), enc(kwargs)]] + cases)


if __name__ == "__main__":
    strformat_cases()


def misc_cases():
    rng = random.Random(50)
    xs = [0.0, -0.0, 1.0, 1.5, -2.0, 0.1, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, math.inf, -math.inf, math.nan, 1e16, 3.0, 0.5]
    xs += [rng.uniform(-1e10, 1e10) for _ in range(50)] + [rng.getrandbits(64) / 2**rng.randint(0, 1100) for _ in range(50)]
    cases = [["hex", enc(x), x.hex()] for x in xs]
    for x in xs[:40]:
        cases.append(["floor"] + [enc(x)] + run(lambda: repr(math.floor(x))))
        cases.append(["ceil"] + [enc(x)] + run(lambda: repr(math.ceil(x))))
    for h in ["0x1.8p1", "1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0X1.FFFFFFFFFFFFFP+1023",
              "0x1.fffffffffffff8p1023", "0x1p1024", " 0x10 ", "0x.8", "0x8.", ".", "0x", "0xp1", "0x1p", "0x1p+", "inf",
              "-Infinity", "nan", "0x1.8p1x", "0x1.2.3", "1", "ff", "0x1_0", "0x0p0", "-0x0.0p+0", "0x123456789abcdef0123p-10",
              "0x1p99999999999999999999", "0x1p-99999999999999999999", "0X1P+3", "g"]:
        cases.append(["fromhex", h] + run(lambda: repr(float.fromhex(h))))
    import string
    fmts = ["", "a{0}b", "{{}}", "x{0!r:>{w}}y", "{a.b[c]}", "{:{}}", "}", "{", "{0!", "{0!r", "{0!rx}", "{0:",
            "{0[}", "a}}b{{c", "{!x}", "{:{:{}}}", "{0}}"]
    for f in fmts:
        cases.append(["parse", f] + run(lambda: [list(t) for t in string.Formatter().parse(f)]))
    write("misc.json", cases)


if __name__ == "__main__":
    misc_cases()


def more_cases():
    rng = random.Random(60)
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, 0.1, math.inf, -math.inf, math.nan, 123.0, 5e-324]
    cases = [["complex", enc(a), enc(b), repr(complex(a, b))] for a in parts for b in parts]
    for v in [0, 5, 15, 25, -25, 35, 12345, -12345, 2**70, -(2**70), 10**30 + 5 * 10**9, 150, 250, -150]:
        for n in [-1, -2, -3, -10, -40, 0, 2]:
            cases.append(["roundint", enc(v), n, repr(round(v, n))])
    for a in [7, -7, 0, 2**63 - 1, -2**63, 5]:
        for b in [2, -2, 1, -1, 3, 0]:
            cases.append(["divmod", enc(a), enc(b)] + run(lambda: repr(divmod(a, b))))
    write("more.json", cases)


if __name__ == "__main__":
    more_cases()
