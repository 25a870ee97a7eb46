"""Dates, times and durations.

Has: timedelta (arithmetic, total_seconds, CPython's repr and str), date,
datetime (now and today on the host's clock: time.time(), which the
simulator runs on virtual time; fromtimestamp, timestamp, fromisoformat,
isoformat, strftime and format(), replace, combine, arithmetic and
comparisons), time, timezone (fixed offsets, timezone.utc), MINYEAR,
MAXYEAR.
datetime.strptime (CPython's directives in the C locale, %f and %z
included) and date.isocalendar (IsoCalendarDate).
Lacks: tzinfo subclasses other than timezone, leap seconds, %U/%W/%G/%V
in strptime. The local time zone is UTC.
"""


def _now():
    """time.time(): the host's clock (virtual time on the simulator)."""
    import time
    return time.time()

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _ymd2ord(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    if preceding > n:
        month -= 1
        preceding -= _days_in_month(year, month)
    return year, month, n - preceding + 1


def _check_int(name, v):
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return v


def _check_date(year, month, day):
    for v in (year, month, day):
        _check_int('', v)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond):
    for v in (hour, minute, second, microsecond):
        _check_int('', v)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _round_half_even(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


def _ratio(v):
    if isinstance(v, int):
        return v, 1
    if isinstance(v, float):
        return v.as_integer_ratio()
    raise TypeError(f"unsupported type for timedelta component: {type(v).__name__}")


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        num, den = 0, 1
        for v, factor in ((days, 86400000000), (seconds, 1000000), (microseconds, 1), (milliseconds, 1000),
                          (minutes, 60000000), (hours, 3600000000), (weeks, 604800000000)):
            p, q = _ratio(v)
            num, den = num * q + p * factor * den, den * q
        us = _round_half_even(num, den)
        d, rem = divmod(us, 86400000000)
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        s, us = divmod(rem, 1000000)
        object.__setattr__(self, '_days', d)
        object.__setattr__(self, '_seconds', s)
        object.__setattr__(self, '_microseconds', us)

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return f"datetime.timedelta({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            s = f"{self._days} day{'s' if abs(self._days) != 1 else ''}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            p, q = other.as_integer_ratio()
            return timedelta(microseconds=_round_half_even(self._us() * p, q))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta(microseconds=_round_half_even(self._us(), other) if other > 0
                             else _round_half_even(-self._us(), -other))
        if isinstance(other, float):
            p, q = other.as_integer_ratio()
            if p < 0:
                p, q = -p, -q
            return timedelta(microseconds=_round_half_even(self._us() * q, p))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _cmp(self, other):
        return (self._us() > other._us()) - (self._us() < other._us())

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us() == other._us() or (
            NotImplemented if not isinstance(other, timedelta) else False)

    def __lt__(self, other):
        return self._us() < other._us() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._us() <= other._us() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._us() > other._us() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._us() >= other._us() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class timezone:
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        self._offset, self._name = offset, name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _format_offset(off, sep):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign, off = "-", -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off.microseconds:
        s += f"{sep}{ss:02d}"
        if off.microseconds:
            s += f".{off.microseconds:06d}"
    return s


def _strftime(fmt, y, m, d, hh, mi, ss, us, tz, dt):
    wd = (_ymd2ord(y, m, d) + 6) % 7
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == 'Y':
            out.append(str(y) if y >= 1000 else f"{y}")
        elif k == 'm':
            out.append(f"{m:02d}")
        elif k == 'd':
            out.append(f"{d:02d}")
        elif k == 'H':
            out.append(f"{hh:02d}")
        elif k == 'M':
            out.append(f"{mi:02d}")
        elif k == 'S':
            out.append(f"{ss:02d}")
        elif k == 'f':
            out.append(f"{us:06d}")
        elif k == 'y':
            out.append(f"{y % 100:02d}")
        elif k == 'b' or k == 'h':
            out.append(_MONTHNAMES[m])
        elif k == 'B':
            out.append(_FULLMONTHNAMES[m])
        elif k == 'a':
            out.append(_DAYNAMES[wd])
        elif k == 'A':
            out.append(_FULLDAYNAMES[wd])
        elif k == 'w':
            out.append(str((wd + 1) % 7))
        elif k == 'u':
            out.append(str(wd + 1))
        elif k == 'j':
            out.append(f"{_ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1:03d}")
        elif k == 'p':
            out.append("AM" if hh < 12 else "PM")
        elif k == 'I':
            out.append(f"{(hh % 12) or 12:02d}")
        elif k == 'e':
            out.append(f"{d:2d}")
        elif k == 'c':
            out.append(f"{_DAYNAMES[wd]} {_MONTHNAMES[m]} {d:2d} {hh:02d}:{mi:02d}:{ss:02d} {y}")
        elif k == 'x':
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif k == 'X' or k == 'T':
            out.append(f"{hh:02d}:{mi:02d}:{ss:02d}")
        elif k == 'D':
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif k == 'F':
            out.append(f"{y:04d}-{m:02d}-{d:02d}")
        elif k == 'R':
            out.append(f"{hh:02d}:{mi:02d}")
        elif k == 'z':
            off = tz.utcoffset(dt) if tz is not None else None
            out.append(_format_offset(off, ""))
        elif k == 'Z':
            out.append(tz.tzname(dt) if tz is not None else "")
        elif k == '%':
            out.append('%')
        else:
            out.append('%' + k)
    return ''.join(out)


class date:
    __slots__ = ('_year', '_month', '_day')

    def __init__(self, year, month, day):
        _check_date(year, month, day)
        object.__setattr__(self, '_year', year)
        object.__setattr__(self, '_month', month)
        object.__setattr__(self, '_day', day)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            y, m, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
            if len(s) != 10 or s[4] != '-' or s[7] != '-':
                raise ValueError
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {s!r}") from None
        return cls(y, m, d)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        week1 = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week1 = _isoweek1monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52 and today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        return self.strftime("%a %b %e 00:00:00 %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1)

    def __repr__(self):
        return f"datetime.date({self._year}, {self._month}, {self._day})"

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= 3652059:
                raise OverflowError("result out of range")
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and (isinstance(self, datetime) == isinstance(other, datetime))

    def __eq__(self, other):
        if not self._comparable(other):
            return NotImplemented if not isinstance(other, date) else False
        return self._key() == other._key()

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_timestamp(t):
    """(year, month, day, hour, minute, second, microsecond) of a POSIX timestamp, in UTC."""
    if isinstance(t, float):
        p, q = t.as_integer_ratio()
        us = _round_half_even(p * 1000000, q)
    else:
        us = t * 1000000
    days, us = divmod(us, 86400000000)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    s, us = divmod(us, 1000000)
    mi, s = divmod(s, 60)
    hh, mi = divmod(mi, 60)
    return y, m, d, hh, mi, s, us


_EPOCH_ORD = _ymd2ord(1970, 1, 1)


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time(hour, minute, second, microsecond)
        for k, v in (('_hour', hour), ('_minute', minute), ('_second', second), ('_microsecond', microsecond),
                     ('_tzinfo', tzinfo)):
            object.__setattr__(self, k, v)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self._tzinfo.utcoffset(None), ":")
        return s

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond,
                    self._tzinfo if tzinfo is True else tzinfo)

    def __repr__(self):
        args = [self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        s = f"datetime.time({', '.join(map(str, args))}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        return s + ")"

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f"{hh:02d}"
    if timespec == 'minutes':
        return f"{hh:02d}:{mm:02d}"
    if timespec == 'seconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == 'milliseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == 'microseconds':
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError('Unknown timespec value')


class IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar()."""

    def __new__(cls, year, week, weekday, /):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _isoweek1monday(year):
    """The ordinal of the Monday of ISO week 1 of year."""
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


_STRPTIME = {
    'd': r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]", 'f': r"[0-9]{1,6}", 'H': r"2[0-3]|[0-1]\d|\d",
    'I': r"1[0-2]|0[1-9]|[1-9]| [1-9]", 'j': r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    'm': r"1[0-2]|0[1-9]|[1-9]", 'M': r"[0-5]\d|\d", 'S': r"6[0-1]|[0-5]\d|\d", 'w': r"[0-6]", 'u': r"[1-7]",
    'y': r"\d\d", 'Y': r"\d\d\d\d", 'z': r"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z",
    'A': "monday|tuesday|wednesday|thursday|friday|saturday|sunday", 'a': "mon|tue|wed|thu|fri|sat|sun",
    'B': "september|february|november|december|january|october|august|march|april|june|july|may",
    'b': "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", 'p': "am|pm", 'Z': "utc|gmt",
}
_STRPTIME_SHORT = {'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S", 'D': "%m/%d/%y",
                   'T': "%H:%M:%S", 'R': "%H:%M", 'F': "%Y-%m-%d", 'h': "%b", 'e': "%d"}


def _strptime_pattern(fmt, seen):
    import re
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            while i + 1 < len(fmt) and fmt[i + 1].isspace():
                i += 1
            out.append(r"\s+")
        elif c != '%':
            out.append(re.escape(c))
        elif i + 1 == len(fmt):
            raise ValueError(f"stray % in format '{fmt}'")
        else:
            i += 1
            d = fmt[i]
            if d == '%':
                out.append('%')
            elif d in _STRPTIME_SHORT:
                out.append(_strptime_pattern(_STRPTIME_SHORT[d], seen))
            elif d in _STRPTIME:
                if d in seen:
                    raise re.error(f"redefinition of group name {d!r} as group {len(seen) + 1}")
                seen.add(d)
                out.append(f"(?P<{d}>{_STRPTIME[d]})")
            else:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
        i += 1
    return "".join(out)


def _strptime(data, fmt):
    """(year, month, day, hour, minute, second, microsecond, tz) that data names in format fmt."""
    import re
    if not isinstance(data, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data).__name__}")
    if not isinstance(fmt, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(fmt).__name__}")
    found = re.match(_strptime_pattern(fmt, set()), data, re.IGNORECASE)
    if not found:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if len(data) != found.end():
        raise ValueError(f"unconverted data remains: {data[found.end():]}")
    g = {k: v.lower() for k, v in found.groupdict().items() if v is not None}
    year = int(g['Y']) if 'Y' in g else 1900
    if 'y' in g:
        year = int(g['y']) + (2000 if int(g['y']) <= 68 else 1900)
    month = int(g.get('m', 1))
    for key in ('B', 'b'):
        if key in g:
            month = [n.lower().startswith(g[key]) for n in _FULLMONTHNAMES[1:]].index(True) + 1
    day = int(g.get('d', 1))
    hour = int(g.get('H', 0))
    if 'I' in g:
        hour = int(g['I']) % 12 + (12 if g.get('p') == 'pm' else 0)
    minute, second = int(g.get('M', 0)), int(g.get('S', 0))
    micro = int(g['f'] + '0' * (6 - len(g['f']))) if 'f' in g else 0
    tz = None
    if 'z' in g:
        z = g['z']
        if z == 'z':
            tz = timezone.utc
        else:
            digits = z[1:].replace(':', '')
            off = timedelta(hours=int(digits[0:2]), minutes=int(digits[2:4]),
                            seconds=int(digits[4:6] or 0))
            tz = timezone(-off if z[0] == '-' else off)
    if 'j' in g and not ({'m', 'B', 'b', 'd'} & g.keys()):
        d = date.fromordinal(_ymd2ord(year, 1, 1) + int(g['j']) - 1)
        year, month, day = d.year, d.month, d.day
    return year, month, day, hour, minute, second, micro, tz


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        date.__init__(self, year, month, day)
        _check_time(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, timezone):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type "
                            f"'{type(tzinfo).__name__}'")
        for k, v in (('_hour', hour), ('_minute', minute), ('_second', second), ('_microsecond', microsecond),
                     ('_tzinfo', tzinfo)):
            object.__setattr__(self, k, v)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_now(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_now())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        y, m, d, hh, mi, ss, us = _from_timestamp(t)
        dt = cls(y, m, d, hh, mi, ss, us)
        if tz is not None:
            dt = (dt + tz.utcoffset(None)).replace(tzinfo=tz)
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_from_timestamp(t))

    @classmethod
    def strptime(cls, date_string, format):
        y, m, d, hh, mi, ss, us, tz = _strptime(date_string, format)
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   time.tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:]
            hh = mi = ss = us = 0
            tz = None
            if len(s) > 10:
                if s[10] not in 'T ':
                    raise ValueError
                for sign in '+-Z':
                    if sign in rest:
                        i = rest.index(sign)
                        off = rest[i:]
                        rest = rest[:i]
                        if off == 'Z':
                            tz = timezone.utc
                        else:
                            oh, om = int(off[1:3]), int(off[4:6]) if len(off) > 3 else 0
                            delta = timedelta(hours=oh, minutes=om)
                            tz = timezone(-delta if off[0] == '-' else delta) if delta else timezone.utc
                        break
                parts = rest.split(':')
                hh = int(parts[0])
                mi = int(parts[1]) if len(parts) > 1 else 0
                if len(parts) > 2:
                    sec = parts[2]
                    if '.' in sec:
                        sec, frac = sec.split('.')
                        us = int((frac + '000000')[:6])
                    ss = int(sec)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {s!r}") from None
        return cls(d.year, d.month, d.day, hh, mi, ss, us, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def _us(self):
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond)
        off = self.utcoffset()
        return us - off._us() if off is not None else us

    def timestamp(self):
        return (self._us() - _EPOCH_ORD * 86400000000) / 10 ** 6

    def isoformat(self, sep='T', timespec='auto'):
        s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
             + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        pick = lambda v, cur: cur if v is None else v
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo)

    def astimezone(self, tz=None):
        tz = timezone.utc if tz is None else tz
        utc = self - (self.utcoffset() or timedelta(0))
        return (utc.replace(tzinfo=None) + tz.utcoffset(None)).replace(tzinfo=tz)

    def timetuple(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(),
                self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1)

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        s = f"datetime.datetime({', '.join(map(str, args))}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        return s + ")"

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond + other._us())
        days, us = divmod(us, 86400000000)
        if not 0 < days <= 3652059:
            raise OverflowError("date value out of range")
        s, us = divmod(us, 1000000)
        mi, s = divmod(s, 60)
        hh, mi = divmod(mi, 60)
        return type(self)(*_ord2ymd(days), hh, mi, s, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def _key(self):
        return self._us()

    def _comparable(self, other):
        return isinstance(other, datetime)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        if (self._tzinfo is None) != (other._tzinfo is None):
            return False
        return self._us() == other._us()

    def _check_cmp(self, other):
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")

    def __lt__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        self._check_cmp(other)
        return self._us() < other._us()

    def __le__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        self._check_cmp(other)
        return self._us() <= other._us()

    def __gt__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        self._check_cmp(other)
        return self._us() > other._us()

    def __ge__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented
        self._check_cmp(other)
        return self._us() >= other._us()

    def __hash__(self):
        return hash(self._us())


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
