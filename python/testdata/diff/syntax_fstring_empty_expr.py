print(f"{1 + }")
