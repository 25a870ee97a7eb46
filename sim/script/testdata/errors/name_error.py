print("before")
def work(futures):
    return len(futurs)
work([])
