x = b'\xZ'
