# A Python handler runs when the main thread signals its own process, before the next line.
import os
import signal

received = []


def on_term(signum, frame):
    received.append(signum)
    print("handler got", signal.Signals(signum).name)


old = signal.signal(signal.SIGTERM, on_term)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGTERM) is on_term)
os.kill(os.getpid(), signal.SIGTERM)
print("after kill:", received)
signal.raise_signal(signal.SIGTERM)
print("after raise_signal:", received)
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1", s))
os.kill(os.getpid(), signal.SIGUSR1)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print("restored", signal.getsignal(signal.SIGTERM))
