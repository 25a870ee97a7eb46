a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw\n'
f = R"raw\t"
g = b'bytes'
h = B"BYTES"
    i = br'\x00'
j = Rb'\d'
k = bR"x"
l = u'unicode'
m = U"unicode"
n = 'a' 'b' "c"
o = b'a' b'b'
p = 'esc\n\t\r\\\'\"\a\b\f\v\0\x41\101\u00e9\U0001F600'
q = b'\x00\xff\n\101'
r = 'line\
continued'
s = "it's"
t = 'say "hi"'
u = 'both \' and "'
v = "unknown \d escape"
w = 'héllo wörld'
x = '\u200b\x7f\x80'
y = ''
z = ""
aa = """"quoted" """
ab = u'a' 'b'
ac = 'a' u'b'
ad = 'x'
ae = '''a\
b'''
af = 'tab\there'
ag = '\x00'
ah = b''
