# threading.excepthook: the default prints "Exception in thread NAME:" and the traceback on stderr; a
# hook of the script gets ExceptHookArgs; a hook that raises has its own error printed.
import threading

def boom():
    raise ValueError("bad")

t = threading.Thread(target=boom, name="worker-1")
t.start(); t.join()

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name, args.exc_traceback is not None)

threading.excepthook = hook
t = threading.Thread(target=boom, name="worker-2")
t.start(); t.join()
threading.excepthook = threading.__excepthook__
class Sub(threading.Thread):
    def run(self):
        raise KeyError("k")
s = Sub(name="sub"); s.start(); s.join()
def badhook(args):
    raise RuntimeError("hook failed")
threading.excepthook = badhook
t = threading.Thread(target=boom, name="w3"); t.start(); t.join()
print(threading.get_native_id() == threading.main_thread().native_id, threading.TIMEOUT_MAX > 1e9)
