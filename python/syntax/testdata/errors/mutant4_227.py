

   
# only comments
	]
