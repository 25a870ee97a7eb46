import types
ns = types.SimpleNamespace(host="localhost", port=8080)
ns.workers = 4
print(ns, ns.port, ns == types.SimpleNamespace(host="localhost", port=8080, workers=4), vars(ns))
print(types.SimpleNamespace({"a": 1}, b=2), types.SimpleNamespace())
def f(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.NoneType, isinstance(None, types.NoneType), types.FunctionType.__name__)
class Greeter:
    name = "G"
def hello(self, who):
    return f"{self.name} greets {who}"
m = types.MethodType(hello, Greeter()); print(m("you"))
Point = types.new_class("Point", (), exec_body=lambda ns: ns.update(x=1))
print(Point.__name__, Point.x)
