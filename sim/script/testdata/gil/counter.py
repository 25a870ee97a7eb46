# TestGILCounter runs this under the simulator (sim/script/gil_test.go); python3 runs it as it is.
# Unlocked read-modify-writes of a shared counter: a thread switch between the read and the write loses
# updates. CPython 3.11 switches threads only at an eval-breaker check (a function's entry, a loop's jump
# back, the return of a built-in call), once a waiting thread has waited the switch interval (5 ms).
import threading

def inc(x):
    return x + 1

def work(counts, n):
    for i in range(n):
        spare = i * i % 7
        value = counts['n']
        counts['n'] = inc(value)  # the call's entry is a check: a switch can fall between read and write

def work_builtin(counts, n):
    for i in range(n):
        spare = i * i % 7
        counts['n'] = counts.get('n') + 1  # a built-in's return is a check too (CALL checks after it)

def work_no_call(counts, n):
    for i in range(n):
        spare = i * i % 7
        value = counts['n']
        counts['n'] = value + 1  # no check between read and write: no update is ever lost

def run(fn, nthreads, n):
    counts = {'n': 0}
    threads = [threading.Thread(target=fn, args=(counts, n)) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(fn.__name__, nthreads, n, counts['n'])

if __name__ == "__main__":
    run(work, 2, 20000)
    run(work, 4, 200000)
    run(work_builtin, 4, 200000)
    run(work_no_call, 4, 200000)
