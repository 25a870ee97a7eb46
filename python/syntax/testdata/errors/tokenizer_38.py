print('a'
     'b'
