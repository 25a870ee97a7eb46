x = 'a'.b 'c'
