print("hi")
x = (1 +
     2
y = 3
name = "unterminated
