print("before")
s = "ab\N{NOPE}"
