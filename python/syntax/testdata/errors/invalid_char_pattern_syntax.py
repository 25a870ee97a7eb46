xⸯoad = 1
