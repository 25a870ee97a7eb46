# -*- coding: latin-1 -*-
s = "café"  # é
t = f"{s}é"
