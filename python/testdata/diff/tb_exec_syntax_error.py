def run(src):
    return eval(src)

print(run("1 + 1"))
run("(1 +\n 2) 3")
