s = "é\xZZ"
