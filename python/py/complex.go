package py

import (
	"math"
	"strconv"
	"strings"
)

// Complex arithmetic as CPython's complexobject.c computes it (its
// division and integer-power algorithms), so results agree to the bit.

func toComplex(o Object) (complex128, bool) {
	switch x := o.(type) {
	case *Complex:
		return x.V, true
	case Float:
		return complex(float64(x), 0), true
	case Int, Bool, *BigInt:
		f, err := intToFloat(o)
		if err != nil {
			return 0, false
		}
		return complex(f, 0), true
	}
	return 0, false
}

func cQuot(a, b complex128) (complex128, error) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), nil
	case abi >= abr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), nil
	}
	return complex(math.NaN(), math.NaN()), nil
}

func cProd(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

func cPowu(x complex128, n int64) complex128 {
	r, p := complex(1, 0), x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

func cPow(a, b complex128) (complex128, error) {
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n >= 0 {
			return cPowu(a, n), nil
		}
		if a == 0 {
			return 0, Errorf(ZeroDivisionErrorType, "zero to a negative power")
		}
		return cQuot(complex(1, 0), cPowu(a, -n))
	}
	if b == 0 {
		return complex(1, 0), nil
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, Errorf(ZeroDivisionErrorType, "zero to a negative or complex power")
		}
		return 0, nil
	}
	vabs := math.Hypot(real(a), imag(a))
	l := math.Pow(vabs, real(b))
	at := math.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= math.Exp(at * imag(b))
		phase += imag(b) * math.Log(vabs)
	}
	return complex(l*math.Cos(phase), l*math.Sin(phase)), nil
}

// complexBinary computes a op b when either operand is complex.
func complexBinary(op int, a, b Object) (Object, error) {
	x, ok1 := toComplex(a)
	y, ok2 := toComplex(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case opAdd:
		return &Complex{V: complex(real(x)+real(y), imag(x)+imag(y))}, nil
	case opSub:
		return &Complex{V: complex(real(x)-real(y), imag(x)-imag(y))}, nil
	case opMul:
		return &Complex{V: cProd(x, y)}, nil
	case opDiv:
		r, err := cQuot(x, y)
		if err != nil {
			return nil, err
		}
		return &Complex{V: r}, nil
	case opPow:
		r, err := cPow(x, y)
		if err != nil {
			return nil, err
		}
		return &Complex{V: r}, nil
	}
	return NotImplemented, nil
}

func parseComplex(s string) (Object, error) {
	orig := s
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if strings.HasSuffix(s, "j") || strings.HasSuffix(s, "J") {
		s = s[:len(s)-1] + "i"
		if s == "i" || s == "+i" || s == "-i" {
			s = s[:len(s)-1] + "1i"
		}
	}
	c, err := strconv.ParseComplex(strings.ReplaceAll(s, "_", ""), 128)
	if err != nil || strings.Contains(s, " ") {
		return nil, Errorf(ValueErrorType, "complex() arg is a malformed string")
	}
	_ = orig
	return &Complex{V: c}, nil
}
