class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow " + owner

s = Savings("ann")
print(s.owner(), s._Savings__owner, s._Account__owner, Account.count())
print(sorted(vars(s)))
try:
    s.__owner
except AttributeError as e:
    print("AttributeError:", e)
