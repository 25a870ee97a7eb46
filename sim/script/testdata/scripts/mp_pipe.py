# Pipe: two ends, send and recv across processes, poll, EOFError once the other end is closed.
import multiprocessing as mp


def echo_upper(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        conn.send(msg.upper())
    conn.close()


def produce(w, n):
    for i in range(n):
        w.send({"item": i})
    w.close()


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    p = ctx.Process(target=echo_upper, args=(child,))
    p.start()
    for word in ["hello", "pipe"]:
        parent.send(word)
        print(parent.recv())
    print(parent.poll(0.1))
    parent.close()
    p.join()
    print(p.exitcode, parent.closed)
    r, w = ctx.Pipe(duplex=False)
    q = ctx.Process(target=produce, args=(w, 3))
    q.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    q.join()
    print(got, r.readable, r.writable)
    try:
        r.send(1)
    except OSError as e:
        print("OSError", e)
    a, b = ctx.Pipe()
    a.send_bytes(b"raw")
    print(b.recv_bytes(), b.poll())
    a.close()
    try:
        a.send(1)
    except OSError as e:
        print("OSError", e)
