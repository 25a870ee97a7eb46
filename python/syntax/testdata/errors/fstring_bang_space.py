f"{ x ! r }"
