"""Descriptive statistics on ints and floats, exact as CPython's.

Has: mean (exact, then rounded once), fmean, geometric_mean, median,
median_low, median_high, mode, multimode, variance, pvariance, stdev,
pstdev (correctly rounded square roots), quantiles (exclusive and
inclusive), StatisticsError.
Lacks: Fraction and Decimal data, harmonic_mean, median_grouped,
covariance, correlation, linear_regression, NormalDist.
"""

import math
from collections import Counter


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair."""
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _sum(data):
    """(type, numerator, denominator, count): the exact sum of the data."""
    T = int
    num, den, n = 0, 1, 0
    for x in data:
        if isinstance(x, float):
            T = float
            if math.isinf(x) or math.isnan(x):
                return float, x, None, n + 1
        elif not isinstance(x, int):
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
        p, q = _ratio(x)
        num, den = num * q + p * den, den * q
        g = math.gcd(num, den)
        num, den = num // g, den // g
        n += 1
    return T, num, den, n


def _convert(num, den, T):
    """The exact value num/den as type T (int only when it is whole)."""
    if T is int and den == 1:
        return num
    return num / den


def mean(data):
    data = list(data)
    T, num, den, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if den is None:
        return num
    g = math.gcd(num, den * n)
    return _convert(num // g, den * n // g, T)


def fmean(data, weights=None):
    data = list(data)
    n = len(data)
    if weights is not None:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('data and weights must be the same length')
        total = math.fsum(w for w in weights)
        if not total:
            raise StatisticsError('sum of weights must be non-zero')
        return math.fsum(x * w for x, w in zip(data, weights)) / total
    if n == 0:
        raise StatisticsError('fmean requires at least one data point')
    return math.fsum(data) / n


def geometric_mean(data):
    """The geometric mean of positive numbers, as exp(fmean(log(x)))."""
    n = 0
    found_zero = False

    def count_positive(iterable):
        nonlocal n, found_zero
        for n, x in enumerate(iterable, start=1):
            if x > 0.0 or math.isnan(x):
                yield x
            elif x == 0.0:
                found_zero = True
            else:
                raise StatisticsError('No negative inputs allowed', x)

    total = math.fsum(map(math.log, count_positive(data)))
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if found_zero:
        return math.nan if total == math.inf else 0.0
    return math.exp(total / n)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _ss(data):
    """(type, numerator, denominator, count): the exact sum of squared deviations."""
    T, num, den, n = _sum(data)
    if den is None:
        return T, math.nan, 1, n
    if n == 0:
        return T, 0, 1, 0
    # sum((x - m)**2) = sum(x**2) - (sum x)**2 / n, exactly.
    sq_num, sq_den = 0, 1
    for x in data:
        p, q = _ratio(x)
        sq_num, sq_den = sq_num * q * q + p * p * sq_den, sq_den * q * q
        g = math.gcd(sq_num, sq_den)
        sq_num, sq_den = sq_num // g, sq_den // g
    ss_num = sq_num * den * den * n - num * num * sq_den
    ss_den = sq_den * den * den * n
    g = math.gcd(ss_num, ss_den)
    return T, ss_num // g, ss_den // g, n


def _divide(T, num, den, k):
    if isinstance(num, float):
        return num
    g = math.gcd(num, den * k)
    return num // g, den * k // g


def variance(data, xbar=None):
    data = list(data)
    T, num, den, n = _ss(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    r = _divide(T, num, den, n - 1)
    return r if isinstance(r, float) else _convert(*r, T)


def pvariance(data, mu=None):
    data = list(data)
    T, num, den, n = _ss(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    r = _divide(T, num, den, n)
    return r if isinstance(r, float) else _convert(*r, T)


def _isqrt_frac_rto(n, m):
    """Square root of n/m rounded down, with the last bit set if inexact."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """The correctly rounded square root of n/m."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return float(_isqrt_frac_rto(n, m << 2 * q) << q)
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


def stdev(data, xbar=None):
    data = list(data)
    T, num, den, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    r = _divide(T, num, den, n - 1)
    return math.sqrt(r) if isinstance(r, float) else _float_sqrt_of_frac(*r)


def pstdev(data, mu=None):
    data = list(data)
    T, num, den, n = _ss(data)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    r = _divide(T, num, den, n)
    return math.sqrt(r) if isinstance(r, float) else _float_sqrt_of_frac(*r)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')
