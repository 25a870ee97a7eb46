# datetime for timing and scheduling: timedelta arithmetic and its str, dates and datetimes with
# strftime, isoformat, fromisoformat and strptime, timezone.utc, comparisons and replace.
from datetime import datetime, date, time, timedelta, timezone

d = timedelta(hours=1, minutes=30, seconds=5, milliseconds=250)
print(d, repr(d), d.total_seconds(), d.days, d.seconds, d.microseconds)
print(d * 2, d / 2, d // 3, -d, abs(-d), d - timedelta(hours=2), timedelta(days=1, seconds=-1))
print(timedelta(seconds=0.5) < timedelta(seconds=1), timedelta(minutes=90) / timedelta(minutes=30), sum([d, d], timedelta()))
t = datetime(2024, 2, 29, 13, 45, 7, 123456)
print(t, repr(t), t.isoformat(), t.isoformat(sep=" ", timespec="seconds"), t.date(), t.time())
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y"), t.weekday(), t.isoweekday(), t.isocalendar())
print(t + timedelta(days=1), t - datetime(2024, 1, 1), t.replace(year=2025, day=28), t.timestamp() if t.tzinfo else "naive")
u = datetime(2024, 1, 1, tzinfo=timezone.utc)
print(u, u.isoformat(), u.timestamp(), u.tzname(), u.utcoffset(), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromisoformat("2024-03-10T08:30:00"), datetime.fromisoformat("2024-03-10 08:30:00+00:00"))
print(datetime.strptime("10/03/2024 08:30", "%d/%m/%Y %H:%M"), date(2024, 3, 10).strftime("%d %B %Y"))
print(date(2024, 1, 31) + timedelta(days=1), date(2024, 3, 1) - date(2024, 2, 1), date.fromisoformat("2024-12-25"))
print(time(9, 5), time(9, 5, 30, 1000).isoformat(), time(23, 59).strftime("%H:%M"), date(2000, 1, 1).toordinal())
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), max(date(2020, 5, 1), date(2019, 12, 31)), date.min, date.max)
print(timezone(timedelta(hours=5, minutes=30)), timezone.utc, datetime.combine(date(2024, 5, 6), time(7, 8)))
for bad in [lambda: date(2023, 2, 29), lambda: datetime.strptime("x", "%Y"), lambda: datetime.fromisoformat("nope")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
