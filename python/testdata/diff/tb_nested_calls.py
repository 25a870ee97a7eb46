def parse(s):
    return int(s)

def load(items):
    return [parse(s) for s in items]

def main():
    print(load(["1", "2"]))
    print(load(["3", "x"]))

main()
