print("a")
print "b"
