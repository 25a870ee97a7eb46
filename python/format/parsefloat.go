package format

import (
	"math"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/python/pystr"
)

// ParseFloat is float(s): surrounding whitespace, a sign, decimal digits with single underscores
// between digits, an optional exponent, or inf/infinity/nan in any case. Out-of-range values become
// ±inf or ±0 as in CPython; anything else is CPython's ValueError naming repr(s).
func ParseFloat(s string) (float64, error) {
	a, ok := toASCIINumber(s)
	if ok {
		a = strings.Trim(a, " \t\n\v\f\r")
		if f, ok := parseFloatASCII(a); ok {
			return f, nil
		}
	}
	return 0, valueError("could not convert string to float: " + pystr.Repr(s))
}

func parseFloatASCII(a string) (float64, bool) {
	body := a
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	// Validate: digits[.digits][e[sign]digits], '_' only between two digits.
	clean := make([]byte, 0, len(a))
	if neg {
		clean = append(clean, '-')
	}
	i := 0
	n1, ok := scanDigits(body, &i, &clean)
	if !ok {
		return 0, false
	}
	n2 := 0
	if i < len(body) && body[i] == '.' {
		clean = append(clean, '.')
		i++
		if n2, ok = scanDigits(body, &i, &clean); !ok {
			return 0, false
		}
	}
	if n1+n2 == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			clean = append(clean, body[i])
			i++
		}
		if n, ok := scanDigits(body, &i, &clean); !ok || n == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// scanDigits copies the digits at body[*i:] (underscores allowed only between digits) to clean.
func scanDigits(body string, i *int, clean *[]byte) (int, bool) {
	n := 0
	for *i < len(body) {
		c := body[*i]
		if c == '_' {
			if n == 0 || *i+1 >= len(body) || body[*i+1] < '0' || body[*i+1] > '9' {
				return n, false
			}
			*i++
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		*clean = append(*clean, c)
		n++
		*i++
	}
	return n, true
}
