return
 x
