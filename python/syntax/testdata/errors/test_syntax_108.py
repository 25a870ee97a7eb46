lambda a,/,a1=1,/,b,c: None
