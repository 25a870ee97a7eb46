# coding: foo
s = 1
