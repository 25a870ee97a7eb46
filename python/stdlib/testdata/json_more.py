# json for results and messages between workers: dumps with indent, sort_keys, separators, default
# and ensure_ascii; loads with object_hook and parse_float; the errors and JSONDecodeError's fields.
import json

data = {"id": 7, "name": "worker-1", "tags": ["a", "b"], "ok": True, "score": 1.5, "none": None, "nested": {"x": [1, {"y": 2}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2, {"a": 3}], separators=(",", ":")), json.dumps("héllo ✓"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float key", None: "none", True: "t"}), json.dumps((1, 2)), json.dumps(float("inf")))
print(json.dumps({"when": {1, 2}}, default=sorted), json.dumps("tab\tquote\"back\\slash\n"))
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads('[1.25, 2]', parse_float=lambda s: "F" + s), json.loads('{"p": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('"\\u00e9\\n"'), json.loads(' 42 '), json.loads('NaN'), json.loads(json.dumps(data)) == data)
for bad in ['{"a": 1,}', '[1, 2', '', '{"a" 1}', 'tru', '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
for bad in [lambda: json.dumps({"s": {1}}), lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
