x = 1

# café in comment
