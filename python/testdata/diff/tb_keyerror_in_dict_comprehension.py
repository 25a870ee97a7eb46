prices = {"apple": 1.5, "pear": 2.0}
order = ["apple", "kiwi"]
print({item: prices.get(item, 0) for item in order})
totals = {item: prices[item] * 2 for item in order}
