count = 0
print(f"ratio: {10 / count:.2f}")
