values = ["1", "2", "three"]
numbers = list(map(int, values))
