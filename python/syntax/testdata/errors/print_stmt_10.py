x = print 'a'
