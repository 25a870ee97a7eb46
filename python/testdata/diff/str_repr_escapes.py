for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x7f",
          "é", "\u200b", "\U0001F600", "\\", "\r", "\x1b[0m", "\ud800"[:0] + "ok"]:
    print(repr(s))
print(ascii("é\U0001F600\n"), ascii(["ü"]))
print(repr(["a'b", 'a"b']))
