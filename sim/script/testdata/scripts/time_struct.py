# time.gmtime, struct_time and strftime (the simulated machine's zone is UTC).
import time
t = time.gmtime(1704067200 + 86400 * 59 + 3723)
print(t)
print(t.tm_year, t[1], len(t), tuple(t)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %I %y %%", t))
print(time.strftime("%c | %x %X", t), time.asctime(t))
print(time.asctime(time.gmtime(1704067200 + 5)))
