from dataclasses import dataclass

@dataclass
class Item:
    name: str
    price: float
    qty: int = 0

    @property
    def total(self):
        return self.price * self.qty

items = [Item("widget", 2.5, 10), Item("gadget", 13.99, 3), Item("doohickey", 0.75), Item("gizmo", 13.99, 7)]
print(items[0])
print(items[2] == Item("doohickey", 0.75), items[0] == items[1])
width = max(len(i.name) for i in items)
print(f"{'name':<{width}} {'price':>8} {'qty':>4} {'total':>9}")
print("-" * (width + 24))
for it in sorted(items, key=lambda i: (-i.price, i.name)):
    print(f"{it.name:<{width}} {it.price:>8.2f} {it.qty:>4d} {it.total:>9,.2f}")
grand = sum(i.total for i in items)
print(f"{'TOTAL':<{width}} {'':>8} {sum(i.qty for i in items):>4d} {grand:>9,.2f}")
by_price = {}
for it in items:
    by_price.setdefault(it.price, []).append(it.name)
print(by_price)
