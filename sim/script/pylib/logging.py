"""logging on the simulator: loggers, handlers and formatters with CPython's levels, records and
%-style formats; times come from the virtual clock (time.time(), 2024-01-01 00:00:00 UTC at the
start of a run), thread and process names from the simulated threads and processes. What it has:
basicConfig (level, format, datefmt, style '%', stream, handlers, force), getLogger, Logger
(setLevel, addHandler, removeHandler, hasHandlers, isEnabledFor, getEffectiveLevel, propagate,
debug...critical, log, exception), Handler, StreamHandler, NullHandler, Formatter, LogRecord,
getLevelName, the module-level functions, lastResort. What it lacks: '{' and '$' styles, filters,
file handlers, config, adapters."""

import sys
import threading
import time
import os

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}
_startTime = time.time_ns()
_EPOCH = 1704067200.0


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


def _processName():
    import multiprocessing
    return multiprocessing.current_process().name


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None):
        ct_ns = time.time_ns()
        ct = ct_ns / 1e9
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = pathname[:-3] if pathname.endswith(".py") else pathname
        self.exc_info = exc_info
        self.exc_text = None
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = (ct_ns % 1_000_000_000) // 1_000_000 + 0.0
        self.relativeCreated = (ct_ns - _startTime) / 1e6
        t = threading.current_thread()
        self.thread = t.ident
        self.threadName = t.name
        self.processName = _processName()
        self.process = os.getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def _formatTime(created, datefmt):
    secs = int(created - _EPOCH)
    days, secs = divmod(secs, 86400)
    y, m, d = _civil(days)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    if datefmt:
        out = datefmt
        for code, value in (("%Y", "%04d" % y), ("%m", "%02d" % m), ("%d", "%02d" % d), ("%H", "%02d" % hh),
                            ("%M", "%02d" % mm), ("%S", "%02d" % ss)):
            out = out.replace(code, value)
        return out
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss)


def _civil(days):
    # days since 2024-01-01 to a (year, month, day)
    y, m, d = 2024, 1, 1 + days
    while True:
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        lengths = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if d <= lengths[m - 1]:
            return y, m, d
        d -= lengths[m - 1]
        m += 1
        if m > 12:
            y, m = y + 1, 1


class Formatter:
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%'):
        if style != '%':
            raise ValueError("futurescope's logging supports only the '%' style")
        self._fmt = fmt or "%(message)s"
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        if datefmt:
            return _formatTime(record.created, datefmt)
        return self.default_msec_format % (_formatTime(record.created, None), record.msecs)

    def usesTime(self):
        return "%(asctime)" in self._fmt

    def formatException(self, ei):
        import traceback
        return "".join(traceback.format_exception(ei[0], ei[1], ei[2])).rstrip("\n")

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self._fmt % record.__dict__
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        return s


_defaultFormatter = Formatter()


class Handler:
    def __init__(self, level=NOTSET):
        self.level = _checkLevel(level)
        self.formatter = None
        self.name = None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        self.emit(record)
        return True

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        sys.stderr.write("--- Logging error ---\n")

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream

    def emit(self, record):
        msg = self.format(record)
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(msg + self.terminator)


class NullHandler(Handler):
    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        StreamHandler.__init__(self)
        self.level = level


lastResort = _StderrHandler(WARNING)


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def _log(self, level, msg, args, exc_info=None):
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = LogRecord(self.name, level, "", 0, msg, args, exc_info)
        self.handle(record)

    def handle(self, record):
        found = 0
        c = self
        while c:
            for hdlr in c.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                break
            c = c.parent
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    fatal = critical

    def getChild(self, suffix):
        return getLogger(self.name + "." + suffix if self is not root else suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __repr__(self):
        return '<RootLogger root (%s)>' % getLevelName(self.getEffectiveLevel())


root = RootLogger(WARNING)
_loggers = {}


def getLogger(name=None):
    if not name or name == "root":
        return root
    if name in _loggers:
        return _loggers[name]
    logger = Logger(name)
    _loggers[name] = logger
    parent = root
    parts = name.split(".")
    for i in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:i])
        if prefix in _loggers:
            parent = _loggers[prefix]
            break
    logger.parent = parent
    for other in _loggers.values():
        if other is not logger and other.name.startswith(name + ".") and other.parent.name != name and \
                (other.parent is root or len(other.parent.name) < len(name)):
            other.parent = logger
    return logger


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    stream = kwargs.pop("stream", None)
    if handlers is None:
        handlers = [StreamHandler(stream)]
    fmt = Formatter(kwargs.pop("format", BASIC_FORMAT), kwargs.pop("datefmt", None), kwargs.pop("style", '%'))
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(fmt)
        root.addHandler(h)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def debug(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def critical(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)
