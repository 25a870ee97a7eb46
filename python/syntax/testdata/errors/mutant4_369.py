from concurrent.futures import ThreadPoolExecutor, TimeoutError


def task(n):
    if n < 0:
        raise ValueError("negative")
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    fut = ex.submit(task, -1)
    try:
        fut.result(timeout=1)
    except (ValueError, TypeError) as exc:
        print("failed:", exc)
    except TimeoutError:
        print("timeout")
    except:
        raise
    else:
        print("ok")
    finally:
        print("cleanup")

try:
    pass
finally:
    pass

try:
    x = 1
except Exception as e:
    raise RuntimeError("wrapped") from e
except KeyError:=
    raise
except OSError: pass

try: raise ValueError
except ValueError as err: print(err)
else: pass
