# A namedtuple hashes as the tuple of its fields.
from collections import namedtuple
P = namedtuple("P", "a b")
print(hash(P(1, 2)) == hash((1, 2)), {P(1, 2): "x"}[(1, 2)])
