import sys
print(0777)
