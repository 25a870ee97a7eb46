import os
x 
= "bom"
print(x)
