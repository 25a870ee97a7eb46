r"""Write python/unames's golden with CPython (run it with 3.13: Unicode 15.1).

    ~/.pyenv/versions/3.13.0/bin/python3 python/unames/testdata/gen.py

cpython.txt holds, after a first line naming the CPython version:
  names N SHA256   how many characters unicodedata names, and the SHA-256 of their "NAME;HEX" lines
                   in code point order ("\n" after each), leaving out the names made by rule
                   (CJK unified ideographs, Hangul syllables): the whole table, checked at once;
  NAME<TAB>HEX     what the string literal "\N{NAME}" evaluates to, or "-" for CPython's
                   "unknown Unicode character name": every alias of ../names.txt.gz (the lines after
                   the names), every 40th name, every 97th Hangul syllable, each CJK range's ends and
                   their neighbours, and the hand-picked cases below (case, spacing, placeholders).
"""
import gzip
import hashlib
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    "BULLET", "bullet", "Bullet", "greek small letter alpha", "GREEK SMALL LETTER ALPHA", "SPACE",
    "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", " BULLET", "BULLET ", "LATIN  SMALL LETTER A", "",
    "x", "<control>", "<CJK Ideograph>", "NBSP", "nbsp", "BEL", "BELL", "LINE FEED", "LF", "END OF LINE",
    "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
    "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-4E00 ",
    "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-XYZW",
    "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900", "HANGUL SYLLABLE GA",
    "hangul syllable ga", "Hangul Syllable GA", "HANGUL SYLLABLE ga", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAx",
    "HANGUL SYLLABLE A", "HANGUL SYLLABLE GGAG", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE YI",
    "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE G", "HANGUL SYLLABLE GG", "TANGUT IDEOGRAPH-17000",
    "TANGUT COMPONENT-001", "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
    "EGYPTIAN HIEROGLYPH A001", "IDEOGRAPHIC DESCRIPTION CHARACTER SUBTRACTION",
    "IDEOGRAPHIC DESCRIPTION CHARACTER ROTATION", "CJK STROKE HXG", "AIRPLANE", "SNOWMAN",
    "latin small letter sharp s", "latin small letter \u017fharp s", "LATIN SMALL LETTER A\u0301",
    "PILE OF POO", "FACE WITH TEARS OF JOY", "ZERO WIDTH JOINER", "ZWJ", "KANNADA LETTER LLLA",
    "LATIN CAPITAL LETTER A WITH", "NULL", "NUL", "DELETE", "DEL", "VARIATION SELECTOR-1", "VS1",
    "VARIATION SELECTOR-256", "VS256", "BOX DRAWINGS LIGHT HORIZONTAL", "EURO SIGN", "\u20ac",
]


def lookup(name):
    """What "\\N{name}" gives under this CPython: the character, or None."""
    try:
        return eval('"\\N{' + name + '}"')
    except SyntaxError:
        return None


def by_rule(name):
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE ")


def main():
    lines, digest, count = [], hashlib.sha256(), 0
    cjk_ends, hangul = [], []
    prev_cjk = False
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), "")
        cjk = name.startswith("CJK UNIFIED IDEOGRAPH-")
        if cjk != prev_cjk:
            cjk_ends += [cp - 1, cp]
        prev_cjk = cjk
        if name.startswith("HANGUL SYLLABLE "):
            hangul.append(name)
            continue
        if not name or cjk:
            continue
        digest.update(("%s;%04X\n" % (name, cp)).encode())
        if count % 40 == 0:
            lines.append(name)
        count += 1
    with gzip.open(os.path.join(HERE, "..", "names.txt.gz"), "rt", encoding="utf-8") as f:
        table = [line.rstrip("\n").rsplit(";", 1) for line in f]
    last = -1
    for i, (name, hexcp) in enumerate(table):
        if int(hexcp, 16) < last:
            lines += [name for name, _ in table[i:]]  # the aliases
            break
        last = int(hexcp, 16)
    lines += hangul[::97]
    for cp in cjk_ends:
        lines.append("CJK UNIFIED IDEOGRAPH-%04X" % cp)
    lines += CASES
    out = ["# CPython %d.%d.%d (Unicode %s)" % (*sys.version_info[:3], unicodedata.unidata_version),
           "names %d %s" % (count, digest.hexdigest())]
    for name in lines:
        ch = lookup(name)
        out.append("%s\t%s" % (name, "-" if ch is None else "%04X" % ord(ch)))
    with open(os.path.join(HERE, "cpython.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
