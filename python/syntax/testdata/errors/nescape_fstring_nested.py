s = f"{f'\N{NOPE}'}x"
