try:
    try:
        raise ValueError("base")
    except ValueError as e:
        e.add_note("note one")
        e.add_note("note two")
        raise
except ValueError as e:
    print(e.__notes__)
err = TypeError("t")
print(hasattr(err, "__notes__"))
try:
    err.add_note(5)
except TypeError as e:
    print(e)
