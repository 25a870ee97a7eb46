import sys

def work(n):
    return sum(i * i for i in range(n))

def main(argv):
    print("main called with", len(argv) >= 1)
    results = [work(n) for n in (10, 100, 1000)]
    for n, r in zip((10, 100, 1000), results):
        print(f"work({n:>4}) = {r:>12,}")
    return 0

if __name__ == "__main__":
    print("running as script:", __name__)
    sys.exit(main(sys.argv))
else:
    print("imported")
