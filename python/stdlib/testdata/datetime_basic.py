from datetime import datetime, date, time, timedelta, timezone
import datetime as dtmod
td = timedelta(hours=1, minutes=30, seconds=5.5)
print(repr(td), td, td.total_seconds(), td.days, td.seconds, td.microseconds)
print(repr(timedelta()), repr(timedelta(days=-1)), timedelta(days=-1, seconds=5), timedelta(days=2, hours=3), timedelta(milliseconds=1.5), timedelta(weeks=1) / 7)
print(td * 2, td / 2, td // timedelta(minutes=1), td % timedelta(minutes=1), -td, abs(-td), td / timedelta(seconds=1), timedelta(seconds=10) * 0.25)
print(timedelta(seconds=1) < timedelta(seconds=2), timedelta(0) == timedelta(), bool(timedelta()), sum([timedelta(seconds=i) for i in range(5)], timedelta()))
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2024, 1, 1), d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(738944))
print(d.strftime("%Y/%m/%d %a %A %b %B %j %y"), f"{d:%d.%m.%Y}", d.replace(day=1), date.fromisoformat("2023-12-31"), d.ctime())
dt = datetime(2024, 1, 1, 9, 30, 15, 250000)
print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), dt.isoformat(), dt.isoformat(timespec="seconds"), dt.isoformat(" ", "milliseconds"))
print(dt.strftime("%H:%M:%S.%f %p %I"), f"{dt:%Y-%m-%d %H:%M}", dt.date(), dt.time(), repr(dt.time()), dt + timedelta(hours=15), dt - timedelta(days=1))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), (datetime(2024, 1, 1, 12) - datetime(2024, 1, 1)).total_seconds(), datetime(2024, 1, 2) > datetime(2024, 1, 1))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1704067200.5, timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
print(repr(timezone.utc), timezone(timedelta(hours=2)), repr(timezone(timedelta(hours=-5))), datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2))).isoformat())
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.5"), repr(datetime.fromisoformat("2024-05-06T07:08:09+00:00")))
print(time(12, 30), repr(time(12, 30)), time(1, 2, 3, 4), time(23, 59).strftime("%H-%M"), datetime.combine(date(2024, 1, 1), time(8)), dtmod.MINYEAR, dtmod.MAXYEAR)
print(sorted([datetime(2024, 5, 1), datetime(2023, 1, 1)]), max(date(2024, 1, 1), date(2025, 1, 1)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
for bad in [lambda: date(2024, 2, 30), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 24), lambda: date.fromisoformat("2024-1-1"), lambda: timedelta(days=10**9)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
