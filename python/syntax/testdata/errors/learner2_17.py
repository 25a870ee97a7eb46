x = 'a\xZZ'
