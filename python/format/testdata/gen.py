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
