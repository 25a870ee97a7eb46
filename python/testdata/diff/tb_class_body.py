class Config:
    name = "cfg"
    size = len(name)
    ratio = size / (size - 3)

print("unreachable")
