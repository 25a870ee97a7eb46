"""
id: 09
name: future_falsey_exception
source: executor.py::test_swallows_falsey_exceptions (gh-132063)
requires: 3.8+
summary: Exceptions whose __bool__ is False / __len__ is 0. Fixed behaviour (3.14, and 3.13/3.12 bugfix
  releases from April 2025): result() raises them. Older releases test `if self._exception:` and silently
  return None from result() (exception() still returns the exception object).
EXPECTED:
FalseyBool exception(): FalseyBool
FalseyBool result() raised FalseyBool
FalseyLen exception(): FalseyLen
FalseyLen result() raised FalseyLen
END
EXPECTED_3.11:
FalseyBool exception(): FalseyBool
FalseyBool result() returned None | repr: <Future at 0x… state=finished returned NoneType>
FalseyLen exception(): FalseyLen
FalseyLen result() returned None | repr: <Future at 0x… state=finished returned NoneType>
END
EXPECTED_3.12:
FalseyBool exception(): FalseyBool
FalseyBool result() returned None | repr: <Future at 0x… state=finished returned NoneType>
FalseyLen exception(): FalseyLen
FalseyLen result() returned None | repr: <Future at 0x… state=finished returned NoneType>
END
EXPECTED_3.13:
FalseyBool exception(): FalseyBool
FalseyBool result() returned None | repr: <Future at 0x… state=finished returned NoneType>
FalseyLen exception(): FalseyLen
FalseyLen result() returned None | repr: <Future at 0x… state=finished returned NoneType>
END
"""
from concurrent.futures import ThreadPoolExecutor

class FalseyBool(Exception):
    def __bool__(self):
        return False

class FalseyLen(Exception):
    def __len__(self):
        return 0

def raiser(cls):
    raise cls("msg")

with ThreadPoolExecutor(max_workers=1) as ex:
    for cls in (FalseyBool, FalseyLen):
        f = ex.submit(raiser, cls)
        print(cls.__name__, "exception():", type(f.exception()).__name__)
        try:
            r = .result()
            print(cls.__name__, "result() returned", repr(r), "| repr:", repr(f))
        except cls as e:
            print(cls.__name__, "result() raised", type(e).__name__)
