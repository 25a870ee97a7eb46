# cpython: >=3.10
import time
time.slep(1)
