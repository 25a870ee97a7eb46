import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
from string import ascii_uppercase as up
print([c for c in up if c in "FUTURE"])
from string import Template
t = Template("$who likes ${what}, costs $$10")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann"}, what="tea"), t.get_identifiers(), t.is_valid())
print(Template("$a and $b").safe_substitute(a=1), Template("${x}y $ z").safe_substitute(x="X"))
for bad in [lambda: Template("$who").substitute(), lambda: Template("cost $ 5").substitute(), lambda: Template("ok\\n  $").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %{age}").substitute(name="Bo", age=3))
