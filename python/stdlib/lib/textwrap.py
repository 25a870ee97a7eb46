"""Text wrapping and indentation.

Has: dedent indent wrap fill shorten (width, initial_indent,
subsequent_indent, break_long_words).
Lacks: TextWrapper's other options (expand_tabs, fix_sentence_endings,
break_on_hyphens: words break at spaces only).
"""


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            i = 0
            while i < len(margin) and i < len(indent) and margin[i] == indent[i]:
                i += 1
            margin = margin[:i]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append("")
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))


def wrap(text, width=70, *, initial_indent="", subsequent_indent="", break_long_words=True, **kwargs):
    if width <= 0:
        raise ValueError(f"invalid width {width!r} (must be > 0)")
    words = text.split()
    lines = []
    cur = []
    cur_len = 0
    ind = initial_indent
    while words:
        w = words[0]
        space = 1 if cur else 0
        avail = width - len(ind)
        if cur_len + space + len(w) <= avail:
            cur.append(w)
            cur_len += space + len(w)
            words.pop(0)
            continue
        if not cur:
            if break_long_words:
                n = max(avail, 1)
                cur.append(w[:n])
                words[0] = w[n:]
                if not words[0]:
                    words.pop(0)
            else:
                cur.append(w)
                words.pop(0)
        lines.append(ind + " ".join(cur))
        cur, cur_len, ind = [], 0, subsequent_indent
    if cur:
        lines.append(ind + " ".join(cur))
    return lines


def fill(text, width=70, **kwargs):
    return "\n".join(wrap(text, width, **kwargs))


def shorten(text, width, *, placeholder=" [...]", **kwargs):
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ""
    for w in words:
        cand = (out + " " + w) if out else w
        if len(cand) + len(placeholder) > width:
            break
        out = cand
    return out + placeholder if out or len(placeholder.lstrip()) <= width else placeholder.lstrip()
