café = 1
naïve_größe = café + 1
π = 3.14159
日本 = "japan"
print(f"{café} {π:.2f} {日本}")
s = "émoji 🎉 and tabs\t"
def größe(x): return 'x
