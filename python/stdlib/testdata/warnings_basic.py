# warnings as libraries use it: warn with categories, filters (ignore, error, always, once), and
# catch_warnings(record=True) to look at what was warned.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("old API", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn("again")
    warnings.warn("again")
print([(str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once", UserWarning)
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy thing")
    warnings.warn("quiet thing")
print([str(w.message) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", category=DeprecationWarning)
    try:
        warnings.warn("now an error", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("user", UserWarning)
    warnings.warn("resource", ResourceWarning)
print([w.category.__name__ for w in caught], issubclass(DeprecationWarning, Warning))
print(warnings.formatwarning("msg", UserWarning, "file.py", 3).rstrip())
for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", int), lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
