x = a if
