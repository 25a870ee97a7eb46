from concurrent.futures import wait
wait([a, b,
print(1)
