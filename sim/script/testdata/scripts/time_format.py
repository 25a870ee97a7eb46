# time's struct_time and formatting on fixed timestamps (the same under CPython and the simulator):
# gmtime, strftime with the common codes, asctime, ctime's shape, and logging's formatTime with a
# converter.
import logging
import time

for ts in (0, 86399.5, 1704067200, 1709210096, 2**31):
    t = time.gmtime(ts)
    print(ts, tuple(t), t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst)
    print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", t))
    print(time.strftime("%c | %x | %X | %D | %T | %F | %e | %u | %w", t), time.asctime(t))
t = time.gmtime(1e9)
print(t, t[0], t[-1], len(t), t.tm_zone, t.tm_gmtoff)
print(time.strftime("%H:%M", (2024, 5, 6, 7, 8, 9, 0, 127, 0)))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H:%M")
f.converter = time.gmtime
r = logging.makeLogRecord({"msg": "at the epoch", "created": 86400 * 366 + 3723.25, "msecs": 250.0})
print(f.format(r))
g = logging.Formatter("%(asctime)s|%(message)s")
g.converter = time.gmtime
print(g.format(r))
g.default_msec_format = "%s.%03d"
print(g.formatTime(r))
for bad in [lambda: time.strftime(1), lambda: time.gmtime("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__)
