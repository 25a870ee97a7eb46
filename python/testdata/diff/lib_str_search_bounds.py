for s in ("hello world hello", "héllo wörld héllo"):
    for sub in ("", "l", "lo", "hello", "x", "é"):
        for start in (None, -20, -3, 0, 2, 5, 17, 18, 30):
            for end in (None, -20, -1, 0, 3, 17, 40):
                print(s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
                      s.startswith(sub, start, end), s.endswith(sub, start, end), end=";")
        print()
