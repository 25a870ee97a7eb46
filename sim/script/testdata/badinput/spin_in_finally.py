# want: limit steps
# line: 7
try:
    print("body")
finally:
    n = 0
    while True:
        n += 1
