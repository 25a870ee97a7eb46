print(f"{x = !r:>{w}} {y!z}")
