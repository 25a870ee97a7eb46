# Handlers and filters: a Handler subclass collecting records from several threads, a Filter by name,
# a callable filter that edits the record, handler levels, NullHandler, a LoggerAdapter with extra,
# makeLogRecord, and what file handlers say.
import logging
import sys
import threading


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("jobs")
log.setLevel(logging.DEBUG)
log.propagate = False
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(threadName)s:%(message)s"))
log.addHandler(lh)


def job(n):
    for i in range(3):
        log.debug("job %d step %d", n, i)


ts = [threading.Thread(target=job, args=(n,), name=f"T{n}") for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lh.records), sorted(lh.records)[:4])
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
app = logging.getLogger("app")
app.addHandler(out)
app.setLevel(logging.INFO)
out.addFilter(logging.Filter("app.web"))
logging.getLogger("app.web").info("web passes")
logging.getLogger("app.webby").info("webby does not")
logging.getLogger("app.db").info("db does not")
out.filters.clear()


def shout(record):
    record.msg = record.msg.upper()
    return True


app.addFilter(shout)
app.info("edited by a filter")
app.removeFilter(shout)
app.addFilter(lambda r: r.levelno >= logging.WARNING)
app.info("dropped")
app.warning("kept")
app.filters.clear()
adapter = logging.LoggerAdapter(app, {"conn": 42})
out.setFormatter(logging.Formatter("%(conn)s %(message)s"))
adapter.info("through an adapter")
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG))


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


out.setFormatter(logging.Formatter("%(message)s"))
Prefix(app, {"id": "req-1"}).warning("prefixed %s", "message")
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.error("nobody sees this")
r = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 20, "levelname": "INFO"})
print(r.getMessage(), r.levelname)
lvl = logging.StreamHandler(sys.stdout)
lvl.setLevel(logging.ERROR)
print(repr(lvl.level), lvl.name, logging.Handler().level)
lvl.set_name("errors-only")
print(lvl.get_name(), lvl.name)
