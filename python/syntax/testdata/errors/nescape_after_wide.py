s = "😀€\N{NOPE}"
