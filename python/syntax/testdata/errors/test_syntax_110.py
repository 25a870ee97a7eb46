lambda a=1,*b,c=3,/,d,e: None
