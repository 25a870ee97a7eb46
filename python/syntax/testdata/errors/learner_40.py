s = f'{x!r=}'
