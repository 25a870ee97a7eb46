class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.amount:,.2f}"
        return format(self.amount, spec)
    def __repr__(self):
        return "Money()"

m = Money(1234567.891)
print(f"{m:usd} {m:.1f} {m!r} {m}")
print(format(m, "usd"), "{:usd}".format(m))
try:
    f"{object():d}"
except TypeError as e:
    print(e)
try:
    f"{'s':d}"
except ValueError as e:
    print(e)
