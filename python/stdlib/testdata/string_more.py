# string for messages: Template with substitute and safe_substitute, capwords, the constants, and
# str.format with format specs concurrency reports use.
import string

t = string.Template("$who finished $job in ${secs}s")
print(t.substitute(who="worker-1", job=7, secs=0.5), t.safe_substitute(who="w2"), t.template)
print(string.Template("$$5 for $item").substitute({"item": "tea"}), string.Template("$a$b").substitute(a=1, b=2))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.capwords("the quick  brown fox"), string.capwords("a-b c-d", "-"))
print(string.ascii_lowercase, string.digits, string.hexdigits, string.octdigits, len(string.printable), len(string.punctuation))
print(repr(string.whitespace), string.ascii_uppercase[:5], string.ascii_letters[-3:])
for n, secs in [(1, 0.5), (12, 3.14159), (123, 100.0)]:
    print(f"job {n:>4} | {secs:8.3f}s | {secs:.1%} | {n:04d} | {n:x} | {n:#b} | {secs:e} | {n:,}")
print("{:<10}|{:^10}|{:>10}|".format("left", "mid", "right"), "{0}{1}{0}".format("a", "b"), "{name!r}".format(name="x"))
print(format(1234567.891, ",.2f"), format(0.000123, ".2g"), format(42, "08.3f"), "%-6s|%5.1f|%03d" % ("ab", 2.25, 7))
