x = 10
name = "Ann"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=!s}")
print(f"{name=}")
print(f"{x=:>6}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {'é'!r}")
print(f"{3.0!r:>8}|")
print(f"{ x = !r:^9}|")
