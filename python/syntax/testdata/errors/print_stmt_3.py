print 'a' % x
