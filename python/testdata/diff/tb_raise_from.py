class ConfigError(Exception):
    pass

def read(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("port is required") from e

read({})
