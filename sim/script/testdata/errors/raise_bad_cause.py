raise ValueError("bad input") from "parse error"
