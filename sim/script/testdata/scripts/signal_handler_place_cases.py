# More of a Condition.wait that a signal's handler cuts short (signal_handler_keeps_place has the
# plain case): a notify that reaches the interrupted waiter is lost when its handler raises, or when
# its timeout passes while the handler runs; a waiter ahead of it is notified first; notify_all wakes
# it too. Same on CPython 3.11 and 3.13.
import os, signal, threading, time

cond = threading.Condition()


def now():
    return "%.1f" % (time.monotonic() - t0)


def handler(signum, frame):
    print(now(), "handler starts")
    time.sleep(1)
    print(now(), "handler ends:", action)
    if action == "raise":
        raise KeyboardInterrupt


signal.signal(signal.SIGINT, handler)


def waiter(name, delay):
    time.sleep(delay)
    with cond:
        woke = cond.wait(timeout=4)
        print(now(), name, "woke", woke)


def notify(at, how):
    time.sleep(at)
    with cond:
        print(now(), how)
        if how == "notify_all":
            cond.notify_all()
        else:
            cond.notify()


def case(title, how, first_delay=None, timeout=5):
    global t0, action
    print("--", title)
    t0 = time.monotonic()
    threads = [threading.Thread(target=waiter, args=("second", 0.2)),
               threading.Thread(target=notify, args=(1.5, how))]
    if first_delay is not None:
        threads.append(threading.Thread(target=waiter, args=("first", first_delay)))
    for t in threads:
        t.start()
    threading.Timer(1, os.kill, (os.getpid(), signal.SIGINT)).start()
    time.sleep(0.1)  # after the first waiter, before the second
    with cond:
        try:
            woke = cond.wait(timeout=timeout)
            print(now(), "main woke", woke)
        except KeyboardInterrupt:
            print(now(), "main: KeyboardInterrupt")
    for t in threads:
        t.join()


action = "raise"
case("the handler raises: the notify it got is lost", "notify")
action = "return"
case("the timeout passes in the handler: the notify it got is lost", "notify", timeout=1.5)
case("a waiter ahead of it", "notify", first_delay=0)
case("notify_all", "notify_all")
