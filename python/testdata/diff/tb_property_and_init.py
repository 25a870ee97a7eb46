class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance / len(owner)

    @property
    def ratio(self):
        return self.balance / self.owner_count

print(Account("ab", 10).balance)
a = Account("abc", 3)
a.ratio
