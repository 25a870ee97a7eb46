print(r"raw\n", R"\t", 'single', "double", '''triple
lines''', """three""")
print(b"bytes", B'B', rb"\x00raw", bR"x", Rb'y', br'\d')
print(f"f{1+1}", F"F{2}", rf"\n{3}", fr"{4}\t", Rf"{5}", fR"{6}")
print(u"unicode", U"U")
print("implicit" " concat" ' here', b"a" b"b")
print("esc: \t|\\|\'|\"|\x41|\101|\u00e9|\N{BULLET}|\U0001F600".encode("ascii", "backslashreplace"))
print(len("\n"), len(r"\n"), "a\
b")
