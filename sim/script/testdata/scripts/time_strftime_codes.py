# Every strftime code the simulator knows, at times across the calendar (leap days, the ends of days, years 1 and before,
# and years, two-digit fields, ISO weeks at year boundaries), as glibc writes them under CPython.
import time

codes = "YymdHIMSpjaAbBwZzcexXTFDRrhuCUWVGgklPsnt%"
fmt = "|".join("%" + c for c in codes) + "|end%"
for ts in (0, 1, 59, 3599, 43200, 86399, 951782400, 1700000000, 4102444799, 253402300799,
           1230681600, 1262217600, 1293753600, 1609372800, -1, -62135596800, -62198755200, -70000000000):
    print(ts, time.strftime(fmt, time.gmtime(ts)))
print(repr(time.strftime("%q|%", time.gmtime(0))))
for year in (0, 1, 50, 500, 999, 1000, 12345, -1, -50, -99, -100, -101, -249, -1000, -1001):
    print(year, repr(time.strftime("%C|%y|%Y|%G|%g", (year, 6, 15, 0, 0, 0, 0, 166, 0))))
