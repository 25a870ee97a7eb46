# logging's formats and levels: the % style with padding and every attribute that does not depend on
# the clock or the pid, the { and $ styles, defaults, levels by name, and basicConfig's errors.
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s #%(levelno)02d %(processName)s/%(threadName)s: %(message)s"))
log = logging.getLogger("fmt")
log.addHandler(h)
log.setLevel("DEBUG")
log.propagate = False
for level in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL):
    log.log(level, "level %s", logging.getLevelName(level))
log.info("dict args: %(a)s and %(b)d", {"a": "x", "b": 7})
log.info("no args %s")
log.warning("%d%% done", 50)
h.setFormatter(logging.Formatter("{levelname:>8} | {name} | {message!r}", style="{"))
log.info("brace style %s", "works")
h.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
log.error("dollar style")
h.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s", defaults={"user": "nobody"}))
log.info("with a default")
log.info("with extra", extra={"user": "ada"})
try:
    log.info("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)
for bad in [lambda: logging.Formatter("%(message", validate=True), lambda: logging.Formatter("x", style="?"),
            lambda: log.setLevel("LOUD"), lambda: log.setLevel(None), lambda: logging.basicConfig(colour=True)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
log.setLevel(25)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.log(25, "notice me")
log.info("hidden")
print(log.getEffectiveLevel(), log.isEnabledFor(30), log.isEnabledFor(20), logging.getLevelNamesMapping()["NOTICE"])
print(logging.BASIC_FORMAT, logging.WARN, logging.FATAL)
