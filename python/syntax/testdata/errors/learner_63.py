print("hello" "world" 1)
