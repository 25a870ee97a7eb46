s = "x\N{BULLET"
