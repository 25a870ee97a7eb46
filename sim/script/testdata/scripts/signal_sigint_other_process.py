# os.kill(pid, signal.SIGINT) on another process raises KeyboardInterrupt in its main thread, as
# Ctrl-C would: a sleeping one wakes at once, a busy one stops at its next instruction, one that does
# not catch it exits with code 1; a handler set with signal.signal runs instead, and the sleep it cut
# short goes on for the time left (PEP 475); SIG_IGN ignores it; SIGTERM's default action ends the
# process (exit code -15).
import multiprocessing as mp
import os
import signal
import time


def sleeper(ready):
    ready.set()
    try:
        time.sleep(10)
    except KeyboardInterrupt:
        print("sleeper: KeyboardInterrupt", flush=True)
        raise SystemExit(3)


def busy(ready):
    ready.set()
    n = 0
    try:
        while True:
            n += 1
    except KeyboardInterrupt:
        print("busy: KeyboardInterrupt", n > 0, flush=True)


def handled(ready):
    got = []
    signal.signal(signal.SIGINT, lambda sig, frame: got.append(signal.Signals(sig).name))
    ready.set()
    start = time.monotonic()
    time.sleep(0.5)
    print("handled:", got, round(time.monotonic() - start, 1), flush=True)


def ignored(ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ready.set()
    start = time.monotonic()
    time.sleep(0.3)
    print("ignored: slept on", round(time.monotonic() - start, 1), flush=True)


def uncaught(ready):
    ready.set()
    time.sleep(10)


def kill(target, sig):
    ready = ctx.Event()
    p = ctx.Process(target=target, args=(ready,))
    p.start()
    ready.wait()
    time.sleep(0.1)
    start = time.monotonic()
    os.kill(p.pid, sig)
    p.join()
    within = time.monotonic() - start < 1  # well before the 10 s sleeps would have ended
    print(target.__name__, signal.Signals(sig).name, "exit code", p.exitcode, within, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    for target in (sleeper, busy, handled, ignored, uncaught):
        kill(target, signal.SIGINT)
    kill(uncaught, signal.SIGTERM)
