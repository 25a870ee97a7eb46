# posixpath (os.path on Linux and macOS): the string functions, over the path shapes that trip them
# (roots, repeated and trailing slashes, dots, hidden files), and their TypeError for a non-str.
import posixpath

paths = ["", "/", "//", "///", "a", "/a", "a/", "a//", "/a/b", "a/b/", "a//b", "//a/b", "///a/b",
         ".", "..", "./a", "../a", "a/..", "a/../..", "/..", "/../a", "a/./b/../c", ".hidden",
         "a/.hidden", "a.b/c", "a/b.c", "a/b.c.d", "a/.b.c", "a/..b", "a/b.", "a.", "...", "a/...",
         "/a/b/c.tar.gz", "x//y/./z/../w//"]
for p in paths:
    print(repr(p), posixpath.split(p), posixpath.splitext(p), repr(posixpath.basename(p)),
          repr(posixpath.dirname(p)), repr(posixpath.normpath(p)), posixpath.isabs(p),
          posixpath.normcase(p) == p)

print(posixpath.join("a"), posixpath.join("a", "b", "c"), posixpath.join("a/", "b"),
      posixpath.join("a", "/b", "c"), posixpath.join("", "b"), posixpath.join("a", ""),
      posixpath.join("", ""), posixpath.join("/", "a"), posixpath.join("a", "b/", "c"))
print(repr(posixpath.commonprefix([])), posixpath.commonprefix(["/usr/lib", "/usr/local", "/usr"]),
      posixpath.commonprefix(["abc", "abd"]), posixpath.commonprefix([["a", "b"], ["a", "c"]]))
print(posixpath.sep, posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.altsep,
      posixpath.pathsep, posixpath.devnull)

for call in (lambda: posixpath.join("a", 1), lambda: posixpath.join(None), lambda: posixpath.split(3),
             lambda: posixpath.basename(None), lambda: posixpath.splitext(1.5),
             lambda: posixpath.normpath([]), lambda: posixpath.isabs(0), lambda: posixpath.dirname(2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
