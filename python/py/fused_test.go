package py

import (
	"fmt"
	"testing"
)

// fusedScripts exercise the instructions the eval loop runs fused (an int operation with the constants
// and operations after it, a comparison with the jumps on its result, a range's item with its store):
// the chains that complete, and those that stop midway (an overflow to a big int, a float, a value
// kept on the stack by `and`/`or`).
var fusedScripts = []struct{ name, src string }{
	{"tutorial_gcd", `
def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i
print(gcd((4200, 4590)), gcd((3904, 4248)))
`},
	{"euclid", `
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
t = 0
for i in range(1, 300):
    t += gcd(i * 7919, (i * 104729) % 100003 + 1)
print(t)
`},
	{"chains", `
x = 2 ** 61
print(x * 3 + 1 - 5, x * 2 * 2 % 7, (x + x) * 4 // 3)
y = 0
for i in range(-40, 40):
    y += i * 3 % 7 - 2 + 1
    z = i * 1.5 + 2
    if i % 3 == 0 or i % 5 == 1:
        y += 1
    w = i % 4 == 0 and i
    v = i % 6 != 0 or i * 9223372036854775807 + 2
    u = (i < 5) and i % 2 == 1
    if not (i % 7 > 2 and i > 0):
        y -= 1
    y += bool(w) + (v > 0) + (u is True)
print(y, z)
`},
	{"locals", `
def f(a, b, c):
    n = 0
    while b:
        a, b = b, a % b
        n += 1
    while c:
        c = c[1:]
        n += 1
    x = None
    while x:
        n = -1
    a, a = 1, 2
    t = True
    while t:
        t = n < 0
    if a:
        n += a
    try:
        print(a + later)
    except UnboundLocalError as e:
        print(e)
    later = 1
    return n + a
print(f(1071, 462, [1, 2, 3]), f(5, 0, ""), f(0, 7, None))
`},
	{"consts", `
def g(n):
    s = 0
    for i in range(n):
        s += i * 7919 % 13 - 3
        if i > 5:
            s += 1
        if i == 3 or i >= 8:
            s -= 2
        big = i * 9223372036854775807 + 1
        f = i * 0.5 + 1
        c = i < 4
        s += (big > 0) + int(f) + c + (i is i)
        s += i + 1 if i % 2 else i - 1
    return s
print(g(20), g(0))
`},
	{"loops", `
n = 0
for i in range(100, 0, -3):
    if i % 9 == 0:
        continue
    if i % 97 == 0:
        break
    n += i
else:
    n = -n
k = 0
while k < 50 and n > 0:
    k += 1
    n -= k * 3 % 5
print(n, k)
`},
}

// TestFusedStepsExact runs each script with the host hook at every instruction and at every k-th:
// a hook every k instructions must come at the instruction where the k-th, 2k-th, … hook of the first
// run came, whatever the eval loop runs fused, and both runs must count as many instructions.
func TestFusedStepsExact(t *testing.T) {
	type at struct{ depth, lasti int }
	record := func(name, src string, every uint64) ([]at, string, uint64) {
		var seen []at
		out, err, th := runWithHook(t, src, every, func(th *Thread, ev HookEvent) error {
			if ev == HookTick {
				seen = append(seen, at{th.Depth(), th.Lasti()})
			}
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return seen, out, th.Steps + th.Every - th.countdown
	}
	for _, sc := range fusedScripts {
		name, src := sc.name, sc.src
		one, out1, total := record(name, src, 1)
		if len(one) < 100 {
			t.Fatalf("%s: only %d instructions", name, len(one))
		}
		for _, k := range []uint64{2, 3, 5, 7, 11, 997} {
			seen, out, n := record(name, src, k)
			if out != out1 || n != total {
				t.Errorf("%s every %d: output %q, %d instructions; every 1: %q, %d", name, k, out, n, out1, total)
				continue
			}
			if want := len(one) / int(k); len(seen) != want {
				t.Errorf("%s every %d: %d hooks, want %d", name, k, len(seen), want)
				continue
			}
			for j, s := range seen {
				if w := one[(j+1)*int(k)-1]; s != w {
					t.Errorf("%s every %d: hook %d at %s, want %s", name, k, j+1, fmt.Sprint(s), fmt.Sprint(w))
					break
				}
			}
		}
	}
}
