print(f'{x} {y}' 'z' w)
