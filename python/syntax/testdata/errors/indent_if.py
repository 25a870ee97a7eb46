import time

if True:
print('x')
