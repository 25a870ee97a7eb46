print(end='' sep='')
