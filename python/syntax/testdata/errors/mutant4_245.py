

   def
# only comments
	
