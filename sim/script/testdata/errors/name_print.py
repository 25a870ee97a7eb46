print("start")
prnt("hello")
