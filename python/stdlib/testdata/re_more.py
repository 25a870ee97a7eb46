# re for parsing log lines: groups and named groups, finditer with spans, sub with a function and
# backreferences, split with a pattern and maxsplit, flags, fullmatch, escape, and compiled patterns.
import re

log = """2024-01-01 12:00:01 INFO worker-1 started job 17
2024-01-01 12:00:02 ERROR worker-2 failed job 18: timeout
2024-01-01 12:00:05 INFO worker-1 finished job 17 in 4.0s"""
line = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) (?P<who>[\w-]+) (?P<rest>.*)")
for m in line.finditer(log):
    print(m.group("level"), m["who"], m.span("who"), m.groupdict()["rest"][:12])
print(re.findall(r"job (\d+)", log), re.findall(r"(\w+)-(\d)", log)[:2], len(re.findall(r"^\d{4}", log, re.M)))
print(re.sub(r"job (\d+)", lambda m: f"job #{int(m[1]) * 10}", "job 1 and job 22"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "ann@host bob@box"), re.subn(r"\s+", " ", "a  b \t c"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r",", "a,b,c,d", maxsplit=2))
print(re.search(r"ERROR.*", log).group(), re.match(r"\d+", "abc"), bool(re.fullmatch(r"[a-z]+", "abc")))
print(re.search(r"worker", log, re.I).start(), re.findall(r"(?i)INFO", "info Info"), re.escape("a.b*c?"))
p = re.compile(r"(\d+)\.(\d+)s")
m = p.search(log)
print(m.groups(), m.group(0), m.group(1, 2), m.start(), m.end(), m.string[m.start():m.end()], m.lastindex)
print(p.pattern, p.groups, int(p.flags & re.I), int(re.compile("x", re.I | re.M).flags & (re.I | re.M)))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1 b=2"), re.match(r"(a)(b)?", "a").groups())
print(re.match(r"(a)(b)?", "a").groups("-"), re.findall(r"\bfoo\b", "foo food foo."), re.sub("a", "b", "aaa", count=2))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", type(e).__name__)
