class TransientError(Exception):
    pass

attempts = {"a": 0, "b": 0, "c": 0}
def fetch(key):
    attempts[key] += 1
    if key == "b" and attempts[key] < 3:
        raise TransientError(f"{key} busy (attempt {attempts[key]})")
    if key == "c":
        raise ValueError(f"bad key {key!r}")
    return key.upper() * attempts[key]

def with_retry(fn, key, tries=3):
    last = None
    for i in range(1, tries + 1):
        try:
            return fn(key)
        except TransientError as e:
            last = e
            print(f"  retry {i}: {e}")
    raise RuntimeError(f"gave up on {key}") from last

results, errors = {}, {}
for key in attempts:
    try:
        results[key] = with_retry(fetch, key)
    except (RuntimeError, ValueError) as e:
        errors[key] = f"{type(e).__name__}: {e}"
print(results)
print(errors)
print(attempts)
