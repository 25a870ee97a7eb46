class Config:
    def __getattr__(self, name):
        raise AttributeError(f"no setting {name!r}")

cfg = Config()
print(getattr(cfg, "port", 8080))
print(cfg.host)
