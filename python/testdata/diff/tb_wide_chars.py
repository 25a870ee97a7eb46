données = {"clé": 1}
print(données["clé"])
x = données["日本語"] + 1
