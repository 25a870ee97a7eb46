def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop ended"

def nested():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                out.append(("body", i))
            finally:
                out.append(("inner finally", i))
        except KeyError:
            out.append(("handled", i))
            continue
        finally:
            out.append(("outer finally", i))
    return out

print(swallow())
for step in nested():
    print(step)
