x = f'{x}\
