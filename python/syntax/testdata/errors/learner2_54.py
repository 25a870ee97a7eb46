raise
    ValueError
