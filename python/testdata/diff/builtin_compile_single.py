exec(compile("1 + 1", "<s>", "single"))
exec(compile("for i in range(3): i * 10\n", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("'a' + 'b'", "<s>", "single"))
print(_)
exec(compile("def f():\n    3\n", "<s>", "single"))
f()
try:
    compile("1\n2\n", "<s>", "single")
except SyntaxError as e:
    print(e)
