assert True
assert 1 == 1, "not shown"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 5
try:
    assert x < 0, f"x={x}"
except AssertionError as e:
    print(e)
