# The logger tree: dotted names find their parents (made before or after), levels are inherited,
# propagate stops records going up, handlers at each level, getChild, and disable.
import logging
import sys

root = logging.getLogger()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("root saw %(name)s %(levelname)s %(message)s"))
root.addHandler(out)
root.setLevel(logging.WARNING)
child = logging.getLogger("app.db.pool")
app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(child.parent.name, db.parent.name, app.parent.name, app.parent is root)
print(app.getChild("db") is db, logging.getLogger("app.db") is db, root.getChild("app") is app)
if sys.version_info >= (3, 12):
    children = app.getChildren()
else:  # Logger.getChildren is 3.12's: CPython 3.11 finds them in the manager's dict
    children = {l for n, l in logging.root.manager.loggerDict.items() if n.startswith("app.") and n.count(".") == 1}
print(child.getEffectiveLevel(), [l.name for l in sorted(children, key=lambda l: l.name)])
app.setLevel(logging.DEBUG)
child.debug("inherits DEBUG from app")
mine = logging.StreamHandler(sys.stdout)
mine.setFormatter(logging.Formatter("db handler %(name)s %(message)s"))
mine.setLevel(logging.INFO)
db.addHandler(mine)
child.debug("debug: only the root's handler")
child.info("info: both")
db.propagate = False
child.warning("stops at app.db")
db.propagate = True
print(db.hasHandlers(), logging.getLogger("other").hasHandlers(), logging.getLogger("x").handlers)
logging.disable(logging.WARNING)
child.warning("disabled")
child.error("still shown")
logging.disable(logging.NOTSET)
child.warning("back")
app.disabled = True
app.critical("app disabled")
child.critical("but not its children")
print(repr(app), repr(db), repr(root), repr(logging.Handler()))
db.removeHandler(mine)
print(db.handlers, logging.getLogger("app.db.pool.conn").parent is child)
