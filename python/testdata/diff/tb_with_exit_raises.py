class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, et, ev, tb):
        print("release, saw", et.__name__ if et else None)
        raise OSError("release failed")

with Resource():
    raise ValueError("work failed")
