# pickle.dump and load on a file-like object.
import io
import pickle

buf = io.BytesIO()
pickle.dump({"a": [1, 2, 3], "b": ("x", None)}, buf)
pickle.dump("second", buf)
print(len(buf.getvalue()))
buf.seek(0)
print(pickle.load(io.BytesIO(buf.getvalue()[:len(pickle.dumps({"a": [1, 2, 3], "b": ("x", None)}))])))
print(pickle.loads(pickle.dumps(b"bytes" * 100)) == b"bytes" * 100)
