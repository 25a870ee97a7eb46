calls = [
    lambda: {}.setdefault(), lambda: {}.get(), lambda: {}.pop(), lambda: {}.update(1, 2), lambda: {}.keys(1),
    lambda: set().discard(), lambda: set().remove(), lambda: set().add(), lambda: set().add(1, 2),
    lambda: [].append(), lambda: [].insert(1), lambda: [].extend(), lambda: [].pop(1, 2), lambda: [].copy(1),
    lambda: "".join(), lambda: "".format_map(), lambda: "".upper(1), lambda: (1).bit_length(2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
