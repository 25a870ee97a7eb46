import json
data = {"name": "pool", "workers": 4, "ratio": 0.75, "ok": True, "none": None, "tags": ["a", "b"], "nested": {"x": [1, 2.5, {"y": []}]}}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("héllo\n\"q\" \u2603 \U0001F600"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(float("inf")), json.dumps(10**20), json.dumps(1e20))
print(json.loads(s) == data, json.loads(s)["nested"], json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads(" [1, -2.5e3, 0, true, null, NaN] "))
print(json.loads('{"a": {"b": [1, {"c": "d"}]}}'), json.loads("3"), json.loads('"x"'), json.loads("1.5E2"))
print(json.loads('{"k": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1.1]', parse_float=str))
print(json.dumps({"when": object()}, default=lambda o: "obj"))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '{1: 2}', 'tru', '[1] x', '{"a": "\\q"}', '  ']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.loads('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}'))
try:
    json.loads('{\n  "a": 1,\n  "b": \n}')
except ValueError as e:
    print(e)
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
