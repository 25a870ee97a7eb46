if True:
	x = 1
	if x:
		y = 2
	else:
		y = 3
class A
:
	def f(self):
		return 1
