# CPython twin of the fake module ctx (fakes_test.go).


class Manager:
    def __init__(self, name, fail_exit=False, value=None):
        self.name = name
        self.fail_exit = fail_exit
        self.value = name if value is None else value

    def __enter__(self):
        print("enter", self.name)
        return self.value

    def __exit__(self, *exc):
        print("exit", self.name)
        if self.fail_exit:
            raise RuntimeError("exit failed: " + self.name)
        return False
