import os
x = 
print(x)
