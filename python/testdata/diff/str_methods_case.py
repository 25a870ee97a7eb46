s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("hello world foo".title(), "ß".upper(), "ǅ".lower(), "they're bill's".title())
print(s.casefold(), "MiXeD".islower(), "abc".islower(), "ABC".isupper())
print("Title Case".istitle(), "abc123".isalnum(), "abc".isalpha(), "123".isdigit())
print("  ".isspace(), "".isspace(), "٣".isdecimal(), "x_1".isidentifier(), "1x".isidentifier())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".isascii(), "é".isascii())
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".startswith("l", 2))
