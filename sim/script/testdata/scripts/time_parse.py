# time.strptime and mktime: dates in common formats, names in any case, 12-hour clocks, day of the
# year, two-digit years, and CPython's errors.
import time

for s, f in [("2024-02-29 13:45:07", "%Y-%m-%d %H:%M:%S"), ("29/02/24", "%d/%m/%y"), ("Mar 5 1999", "%b %d %Y"),
             ("monday, JULY 4 2022", "%A, %B %d %Y"), ("07:05 PM", "%I:%M %p"), ("12:00 am", "%I:%M %p"),
             ("2023 100", "%Y %j"), ("69", "%y"), ("68", "%y"), ("1/2/2003", "%m/%d/%Y"),
             ("Tue Jan  2 03:04:05 2024", "%a %b %d %H:%M:%S %Y"), ("2024-01-01T00:00:00Z", "%Y-%m-%dT%H:%M:%SZ"),
             ("5% 2020", "%d%% %Y"), ("  12   3 2021", " %d %m %Y")]:
    t = time.strptime(s, f)
    print(repr(s), tuple(t))
print(time.strptime("Tue Jan  2 03:04:05 2024")[:6])
t = time.strptime("2024-03-10 10:00:00", "%Y-%m-%d %H:%M:%S")
print(time.mktime(t) == time.mktime(tuple(t)), time.strftime("%Y-%m-%d %H:%M", t))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 junk", "%Y-%m-%d"), ("x", "%q"), ("1", "%"),
             ("2023-02-29", "%Y-%m-%d"), ("12", "%H:%M")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
