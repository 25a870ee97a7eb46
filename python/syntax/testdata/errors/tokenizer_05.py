if x:
    y = '''
