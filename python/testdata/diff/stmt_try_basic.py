def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero!")
    except (TypeError, ValueError) as e:
        print("bad type:", type(e).__name__, e)
    else:
        print("ok", r)
    finally:
        print("finally", x)

attempt(2)
attempt(0)
attempt("s")
try:
    int("x")
except:
    print("bare except caught")
