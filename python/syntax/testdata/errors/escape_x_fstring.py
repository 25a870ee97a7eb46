s = f"a{1}\xZZ{2}b"
