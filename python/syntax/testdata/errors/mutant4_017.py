import

   
# only comments
	
