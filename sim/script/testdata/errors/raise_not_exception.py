def fail():
    raise "error: something went wrong"


fail()
