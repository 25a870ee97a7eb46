callback = None
callback()
