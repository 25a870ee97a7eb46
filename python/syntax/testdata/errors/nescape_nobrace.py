s = "\NX"
