match = 1
case = 2
type = type(match)
_ = [x for x in range(3)]
print(match, case type, _)
match(1, 2)
match.group
match[0] = 1
type(x)
match -x
match: int = 3
def match(case, type=None, _=0): return case
class type_: pass
x = lambda match: match
print(type.__name__)
