import hashlib
print(hashlib.sha256(b"hello").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1(b"abc").hexdigest())
h = hashlib.new("sha512"); h.update(b"part one, "); c = h.copy(); h.update(b"part two")
print(h.hexdigest()[:32], c.hexdigest()[:32], h.name, h.digest_size, h.block_size, len(h.digest()), type(h.digest()).__name__)
print(hashlib.sha3_256(b"x").hexdigest(), hashlib.sha224(string=b"y").hexdigest(), hashlib.sha384(b"z").hexdigest()[:16])
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256", "sha3_512"}), "sha256" in hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, dklen=10).hex())
def work(n):
    data = str(n).encode()
    for _ in range(100):
        data = hashlib.sha256(data).digest()
    return data.hex()[:12]
print([work(i) for i in range(4)])
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update(5), lambda: hashlib.sha224(data=b"y")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
