x = f'abc\
