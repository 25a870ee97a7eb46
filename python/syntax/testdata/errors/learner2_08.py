x = f"{a['b]}"
