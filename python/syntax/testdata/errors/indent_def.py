def work(n):
return n
