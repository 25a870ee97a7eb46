text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for rank, (word, n) in enumerate(top, start=1):
    bar = "#" * n
    print(f"{rank}. {word:<8}{n:>3} {bar}")
lines = text.splitlines()
print(len(lines), [len(l.split()) for l in lines], max(lines, key=len)[:20])
unique = sorted(set(words), key=lambda w: (len(w), w))
print(unique[:6], len(unique))
vowels = sum(ch in "aeiou" for ch in text.lower())
print(f"vowels={vowels} ratio={vowels / len(text):.3f} upper={sum(c.isupper() for c in text)}")
print(" ".join(w.capitalize() for w in lines[1].split()[:4]))
