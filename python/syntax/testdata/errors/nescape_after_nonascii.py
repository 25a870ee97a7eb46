s = "é\N{NOPE}"
