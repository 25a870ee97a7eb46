count: int = 0
name: str = "x"
pending: list
print(count, name)
try:
    print(pending)
except NameError as e:
    print(e)

class Config:
    debug: bool = False
    level: int
    path: str = "/tmp"

print(Config.debug, Config.path, hasattr(Config, "level"))
print(list(Config.__annotations__))
print(sorted(__annotations__))
