x = {i: j for i in}
