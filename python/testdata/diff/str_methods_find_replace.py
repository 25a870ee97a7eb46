s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.index("sat"), s.rindex("the"))
print(s.count("at"), s.count(""), "aaaa".count("aa"), s.find("at", 6), s.find("at", 6, 9))
print(s.replace("at", "og"), s.replace("at", "og", 1), "abc".replace("", "-"))
try:
    s.index("dog")
except ValueError as e:
    print(e)
table = str.maketrans("abc", "xyz", "t")
print("a bat cat".translate(table))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
