import time
from concurrent.futures import ThreadPoolExecutor

name = "pool"
width, prec = 10, 3
value = 3.14159
print(f"plain")
print(f"{name}")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:{width}.{prec}} {value:>{width}}")
print(f"{name=}")
print(f"{ name = }")
print(f"{value = :.1f}")
print(f"{name=!s:>20}")
print(f"{'nested'} {"same quotes"} {f"{name}"}")
print(f"{{literal}} {{{name}}}")
print(f"a" "b" f"{name}" 'c')
print("x" f"{1})
print(rf"\d{name}\n", fr'{name}\t', F"{name}", RF"x", Rf"{1}")
print(f"""multi
line {name}
{value:
>10}""")
print(f'''{name
}''')
print(f"{x!r:^{w}}")
print(f"{3.0:{'>'}10}")
print(f"{a['k']} {d[0]:x}")
print(f"{lambda_}")
print(f"{(lambda x: x)(1)}")
print(f"{x:=10}")
print(f"{(x:=10)}")
print(f"{1:{2}{3}}")
print(f"{'\n'}")
print(f"\x41{1}\101")
print(f"{time.time():.{prec}f}s elapsed")
print(f"{x,}")
print(f"{x, y}")
print(f"{*x,}")
print(f"{yield_}")
print(f"{x:%H:%M}")
print(f"{x!r}" f"{y!s}")
print(f"{ x }")
print(f"{x = }")
print(f"{x=!r}")
print(f"ab{1}cd{2}ef")
print(f"")
print(f"" "")
print(f"{x:}")
print(f"{x::}")
