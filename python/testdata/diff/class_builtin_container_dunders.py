# The container dunders of dict, list, tuple and str called on the class, and through super() in a subclass.
d = {1: 'a', 2: 'b'}
dict.__delitem__(d, 1)
print(d, dict.__getitem__(d, 2), dict.__setitem__(d, 3, 'c'), d, dict.__contains__(d, 3), dict.__len__(d))
print(tuple.__getitem__((5, 6, 7), 1), tuple.__getitem__((5, 6, 7), slice(1, None)), tuple.__len__((1,)), tuple.__contains__((1, 2), 2))
lst = [1, 2, 3]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, -1)
print(lst, list.__getitem__(lst, -1), list.__len__(lst), list.__contains__(lst, 9), str.__getitem__("abc", 1), str.__len__("héllo"), str.__contains__("abc", "bc"))
for call in (lambda: dict.__delitem__(d, 9), lambda: tuple.__getitem__((1,), 5), lambda: list.__getitem__([1], "x"),
             lambda: dict.__getitem__(d), lambda: tuple.__getitem__((1,), True)):
    try:
        print(call())
    except (KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)


class Doubling(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 2

    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)

    def __contains__(self, k):
        return dict.__contains__(self, k) or k == "any"

    def __len__(self):
        return dict.__len__(self) + 100

    def __missing__(self, k):
        return 0


dd = Doubling()
dd['a'] = 1
print(dd['a'], dd['zz'], 'a' in dd, 'any' in dd, 'b' in dd, len(dd), dict.__getitem__(dd, 'a'))
del dd['a']
print(dict(dd), len(dd))


class Stack(list):
    def __getitem__(self, i):
        return super().__getitem__(-1 - i)

    def __setitem__(self, i, v):
        list.__setitem__(self, -1 - i, v)

    def __len__(self):
        return super().__len__() * 10


s = Stack([1, 2, 3])
s[0] = 'top'
print(s[0], s[2], list(s), len(s), list.__len__(s))


class Pair(tuple):
    def __getitem__(self, i):
        return ('got', super().__getitem__(i))

    def __contains__(self, x):
        return tuple.__contains__(self, x) or x is None


p = Pair((1, 2))
print(p[1], None in p, 2 in p, 5 in p, tuple.__getitem__(p, 0))
