# The signal module's numbers and names, as Linux and CPython give them.
import signal

for name in ("SIGHUP", "SIGINT", "SIGKILL", "SIGUSR1", "SIGTERM", "SIGCHLD", "SIGSTOP"):
    sig = getattr(signal, name)
    print(name, int(sig), sig.name, repr(sig), signal.strsignal(sig))
print(signal.SIGTERM == 15, signal.Signals(9).name, signal.SIG_IGN == 1, signal.SIG_DFL == 0)
print(repr(signal.SIG_IGN), signal.NSIG, sorted(signal.valid_signals())[:5])
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))
print(signal.SIGINT + 1, int(signal.SIGTERM) * 2)
