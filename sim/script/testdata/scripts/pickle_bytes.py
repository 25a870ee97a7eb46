# pickle.dumps writes the bytes CPython writes (protocol 4), and loads reads them back.
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31, 2**70, -2**70, 1.5, -0.0,
          complex(1, 2), "", "a", "hello world", "é", "x" * 300, b"", b"abc", (), (1,), (1, 2), (1, 2, 3),
          (1, 2, 3, 4), [], [1], [1, 2], {}, {"a": 1}, {"a": 1, "b": [2]}, set(), {1, 2, 3}, frozenset(),
          frozenset({7}), len, print, ValueError, Ellipsis, ["same", "same"], list(range(300)),
          {i: str(i) for i in range(5)}, [[1], [2, [3]]]]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(data if len(data) < 100 else (len(data), data[:30], data[-10:]), back == v, type(back).__name__)
print(pickle.dumps(1, protocol=5), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
