def lookup(prices, item):
    if item not in prices:
        raise LookupError("no price for %s" % item) from KeyError(item)
    return prices[item]


print(lookup({"apple": 3}, "apple"))
print(lookup({"apple": 3}, "pear"))
