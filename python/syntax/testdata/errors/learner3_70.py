for x in
