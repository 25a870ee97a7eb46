def total(*parts):
    return sum(parts)

value = total(
    1,
    2,
    int("three"),
)
