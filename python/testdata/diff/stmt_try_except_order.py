class MyErr(ValueError):
    pass

for exc in (MyErr("m"), ValueError("v"), LookupError("l"), KeyError("k"), IndexError(3)):
    try:
        raise exc
    except MyErr:
        print("MyErr")
    except KeyError as e:
        print("KeyError", e)
    except (IndexError, ValueError) as e:
        print("Index/Value", type(e).__name__)
    except Exception as e:
        print("Exception", e.args)

try:
    raise MyErr
except ValueError as e:
    print(type(e).__name__, e.args)
