def fetch(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        return fallback(key)

def fallback(key):
    return int(key)

print(fetch("a"))
fetch("zz")
