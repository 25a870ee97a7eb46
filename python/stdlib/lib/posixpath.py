"""Path names as strings, the POSIX way (os.path on the simulator, as on Linux and macOS).

Has: join, split, splitext, basename, dirname, normpath, isabs, normcase, commonprefix, sep,
curdir, pardir, extsep, pathsep, defpath, devnull (altsep is None).
Lacks: the functions that ask a file system (exists, isfile, isdir, getsize, abspath, realpath,
relpath, expanduser, ...): the simulation has none; bytes paths; os.PathLike objects.
"""

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _check(*args):
    """Raises os.fspath's TypeError for an argument that is not a str."""
    for a in args:
        if not isinstance(a, str):
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(a).__name__}')


def normcase(s):
    """Returns s: POSIX paths are case sensitive."""
    _check(s)
    return s


def isabs(s):
    """Reports whether s begins at the root."""
    _check(s)
    return s.startswith(sep)


def join(a, *p):
    """Joins path parts with '/'; a part that begins at the root starts over."""
    _check(a)
    for part in p:
        if not isinstance(part, str):
            raise TypeError('join() argument must be str, bytes, or os.PathLike object, '
                            f'not {type(part).__name__!r}')
    path = a
    for part in p:
        if part.startswith(sep):
            path = part
        elif path == '' or path.endswith(sep):
            path += part
        else:
            path += sep + part
    return path


def _head(p):
    """The directory part of p, its trailing slashes dropped unless it is all slashes."""
    head = p[:p.rfind(sep) + 1]
    if head and head.strip(sep):
        head = head.rstrip(sep)
    return head


def split(p):
    """Splits p into (head, tail): tail is the part after the last slash."""
    _check(p)
    return _head(p), p[p.rfind(sep) + 1:]


def basename(p):
    """The part of p after its last slash."""
    _check(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    """The part of p before its last slash."""
    _check(p)
    return _head(p)


def splitext(p):
    """Splits p into (root, ext): ext is from the last dot of the last part on, unless the part
    only begins with dots (a hidden file's name has no extension)."""
    _check(p)
    dot = p.rfind(extsep)
    start = p.rfind(sep) + 1
    if dot > start and p[start:dot].strip(extsep):
        return p[:dot], p[dot:]
    return p, ''


def normpath(path):
    """Drops repeated slashes, '.' parts and a '..' with the part before it, as far as the string
    says (without asking a file system)."""
    if not isinstance(path, str):
        raise TypeError('_path_normpath: path should be string, bytes or os.PathLike, '
                        f'not {type(path).__name__}')
    if path == '':
        return curdir
    slashes = 0
    if path.startswith(sep):
        # POSIX leaves two leading slashes as they are, and makes three or more one.
        slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for part in path.split(sep):
        if part in ('', curdir):
            continue
        if part == pardir and (slashes or parts) and (not parts or parts[-1] != pardir):
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return sep * slashes + sep.join(parts) or curdir


def commonprefix(m):
    """The longest string every item of m begins with (character by character, not by part)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        _check(*m)
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo
