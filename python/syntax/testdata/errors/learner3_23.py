x = lambda x=: 1
