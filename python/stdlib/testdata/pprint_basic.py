from pprint import pprint, pformat, pp, saferepr
import pprint as pprint_mod
results = {"worker-3": [0.51, 0.49, 0.52], "worker-1": {"ok": 12, "failed": 0, "errors": []}, "worker-2": (1, 2)}
pprint(results)
pprint(results, width=40)
data = {f"task{i:02d}": {"id": i, "state": "FINISHED" if i % 3 else "CANCELLED", "result": list(range(i))} for i in range(6)}
pprint(data)
pprint(list(range(40)))
pprint(list(range(40)), compact=True, width=60)
pprint([(i, "x" * i) for i in range(8)], width=30)
pprint({3, 1, 2}), pprint(frozenset(range(30)), width=50)
pp({"b": 1, "a": [1, 2, {"z": 0, "y": [1] * 30}]})
print(pformat({"k": [1, 2]}, indent=4), saferepr({"b": 2, "a": 1}), pformat((1,)), pformat([]))
nested = [1, [2, [3, [4, [5]]]]]
pprint(nested, depth=2)
l = [1, 2]; l.append(l); pprint(l, width=10) if False else print(saferepr([1, {"a": 1}]))
pprint_mod.PrettyPrinter(indent=2, width=30).pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 3}})
