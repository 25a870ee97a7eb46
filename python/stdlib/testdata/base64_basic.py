import base64
data = b"futurescope: \x00\xff concurrency"
e = base64.b64encode(data); print(e, base64.b64decode(e) == data, base64.b64decode(e.decode()), base64.standard_b64encode(b"ab"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode(b"-__-"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.b16encode(b"\x01\xab"), base64.b16decode(b"01AB"), base64.b16decode(b"01ab", casefold=True))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"), base64.b64decode(b"aGVs bG8="))
for bad in [lambda: base64.b64encode("str"), lambda: base64.b64decode(b"abc"), lambda: base64.b16decode(b"zz")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import binascii
print(binascii.hexlify(b"\x00\x10ab"), binascii.unhexlify("0010"), binascii.crc32(b"hello"), binascii.crc32(b"lo", binascii.crc32(b"hel")), issubclass(binascii.Error, ValueError))
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print("binascii.Error", e)
try:
    binascii.unhexlify(b"abc")
except ValueError as e:
    print(type(e).__name__, e)
