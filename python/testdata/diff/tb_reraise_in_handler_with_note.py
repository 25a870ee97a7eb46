def load(path):
    raise FileNotFoundError(2, "No such file or directory", path)

def main():
    try:
        load("config.toml")
    except OSError as e:
        e.add_note(f"while loading {e.filename!r}")
        raise

main()
