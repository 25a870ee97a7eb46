def level(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise ValueError("v")
            return "none"
        except KeyError as e:
            print("inner caught", repr(e))
            raise TypeError("converted")
        finally:
            print("inner finally", n)
    except TypeError as e:
        print("outer caught", e, "context:", repr(e.__context__))
        return "handled"
    except ValueError as e:
        return "value " + str(e)

for n in range(3):
    print(level(n))
