package script

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/sim"
)

// time.gmtime, localtime and strftime on the virtual clock. The simulated machine's time zone is UTC,
// so localtime is gmtime.

// A structTime is time.struct_time.
type structTime struct {
	typ *py.Type
	t   time.Time
	// isdst is tm_isdst: 0, or -1 from strptime (unknown).
	isdst int
}

// Type returns struct_time.
func (s *structTime) Type() *py.Type { return s.typ }

// fields are struct_time's nine fields, in order.
func (s *structTime) fields() []py.Object {
	t := s.t
	wday := (int(t.Weekday()) + 6) % 7 // Monday is 0
	vals := []int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), wday, t.YearDay(), s.isdst}
	out := make([]py.Object, len(vals))
	for i, v := range vals {
		out[i] = py.MakeInt(int64(v))
	}
	return out
}

var structFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func structTimeClass() *py.Type {
	t := newType("struct_time", "time", nil)
	for i, name := range structFields {
		defProp(t, name, func(th *thread, self py.Object) (py.Object, error) { return self.(*structTime).fields()[i], nil })
	}
	def(t, "__getitem__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return th.pt.GetItem(py.NewTuple(self.(*structTime).fields()), args[0])
	})
	def(t, "__iter__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return th.pt.Iter(py.NewTuple(self.(*structTime).fields()))
	})
	defProp(t, "tm_zone", func(th *thread, self py.Object) (py.Object, error) {
		zone, _ := self.(*structTime).t.Zone()
		return py.NewStr(zone), nil
	})
	defProp(t, "tm_gmtoff", func(th *thread, self py.Object) (py.Object, error) { return py.MakeInt(0), nil })
	def(t, "__len__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.MakeInt(9), nil
	})
	def(t, "__repr__", func(th *thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		parts := make([]string, 9)
		for i, f := range self.(*structTime).fields() {
			parts[i] = fmt.Sprintf("%s=%d", structFields[i], f.(py.Int))
		}
		return py.NewStr("time.struct_time(" + strings.Join(parts, ", ") + ")"), nil
	})
	return t
}

// gmt is the zone gmtime's struct_time names.
var gmt = time.FixedZone("GMT", 0)

// timeAt is the moment secs (None: now) seconds after the epoch.
func timeAt(th *thread, secs py.Object) (time.Time, error) {
	if secs == nil || secs == py.None {
		d := sim.Now(th.ctx)
		return time.Unix(int64(epoch), 0).UTC().Add(d), nil
	}
	f, ok := toFloat(secs)
	if !ok {
		return time.Time{}, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", secs.Type().Name)
	}
	return time.Unix(int64(f), 0).UTC(), nil
}

// strftime formats t with C's strftime codes (the C locale's names).
func strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			fmtInt(&b, t.Year(), 0, 0)
		case 'y':
			fmtInt(&b, floorMod(t.Year(), 100), 2, '0')
		case 'm':
			fmtInt(&b, int(t.Month()), 2, '0')
		case 'd':
			fmtInt(&b, t.Day(), 2, '0')
		case 'H':
			fmtInt(&b, t.Hour(), 2, '0')
		case 'I':
			fmtInt(&b, (t.Hour()+11)%12+1, 2, '0')
		case 'M':
			fmtInt(&b, t.Minute(), 2, '0')
		case 'S':
			fmtInt(&b, t.Second(), 2, '0')
		case 'p':
			b.WriteString(ampm(t.Hour(), "AM", "PM"))
		case 'j':
			fmtInt(&b, t.YearDay(), 3, '0')
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'b':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'w':
			fmtInt(&b, int(t.Weekday()), 0, 0)
		case 'Z':
			zone, _ := t.Zone()
			b.WriteString(zone)
		case 'z':
			b.WriteString("+0000")
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", t))
		case 'e':
			fmtInt(&b, t.Day(), 2, ' ')
		case 'x':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'X', 'T':
			b.WriteString(strftime("%H:%M:%S", t))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", t))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'R':
			b.WriteString(strftime("%H:%M", t))
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", t))
		case 'h':
			b.WriteString(t.Month().String()[:3])
		case 'u':
			fmtInt(&b, (int(t.Weekday())+6)%7+1, 0, 0)
		case 'C': // glibc: the century floored, unpadded (year 500 is "5", year -1 "-1")
			fmtInt(&b, floorDiv(t.Year(), 100), 0, 0)
		case 'U':
			fmtInt(&b, (t.YearDay()+6-int(t.Weekday()))/7, 2, '0')
		case 'W':
			fmtInt(&b, (t.YearDay()+6-(int(t.Weekday())+6)%7)/7, 2, '0')
		case 'V':
			_, w := t.ISOWeek()
			fmtInt(&b, w, 2, '0')
		case 'G':
			y, _ := t.ISOWeek()
			fmtInt(&b, y, 0, 0)
		case 'g':
			y, _ := t.ISOWeek()
			fmtInt(&b, floorMod(y, 100), 2, '0')
		case 'k':
			fmtInt(&b, t.Hour(), 2, ' ')
		case 'l':
			fmtInt(&b, (t.Hour()+11)%12+1, 2, ' ')
		case 'P':
			b.WriteString(ampm(t.Hour(), "am", "pm"))
		case 's':
			fmtInt(&b, int(t.Unix()), 0, 0)
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// fmtInt writes n as fmt's %d, %0Wd (pad '0') or %Wd (pad ' ') would, without fmt.
func fmtInt(b *strings.Builder, n, width int, pad byte) {
	s := strconv.Itoa(n)
	if pad == '0' && n < 0 {
		b.WriteByte('-')
		s, width = s[1:], width-1
	}
	for i := len(s); i < width; i++ {
		b.WriteByte(pad)
	}
	b.WriteString(s)
}

// floorDiv and floorMod divide rounding down, as glibc's %C, %y and %g do for years before 1.
func floorDiv(a, b int) int { return (a - floorMod(a, b)) / b }

func floorMod(a, b int) int { return (a%b + b) % b }

// ampm is am before noon, pm after.
func ampm(hour int, am, pm string) string {
	if hour >= 12 {
		return pm
	}
	return am
}

// addStructTime adds gmtime, localtime, strftime, asctime and ctime to the time module.
func (ps *proc) addStructTime(m *py.Module) {
	cls := structTimeClass()
	m.SetAttr("struct_time", cls)
	m.SetAttr("timezone", py.MakeInt(0))
	m.SetAttr("tzname", py.NewTuple([]py.Object{py.NewStr("UTC"), py.NewStr("UTC")}))
	for _, name := range []string{"gmtime", "localtime"} {
		m.SetAttr(name, builtin(name, func(th *thread, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs(name, args, kw, []string{"seconds"}, 0)
			if err != nil {
				return nil, err
			}
			t, err := timeAt(th, a[0])
			if name == "gmtime" {
				t = t.In(gmt) // C's gmtime names its zone GMT; localtime here is UTC's
			}
			return &structTime{typ: cls, t: t}, err
		}))
	}
	when := func(th *thread, o py.Object) (time.Time, error) {
		if s, ok := o.(*structTime); ok {
			return s.t, nil
		}
		if o == nil {
			return timeAt(th, nil)
		}
		if tup, ok := o.(*py.Tuple); ok {
			return tupleTime(th, tup)
		}
		return time.Time{}, py.Errorf(py.TypeErrorType, "Tuple or struct_time argument required")
	}
	m.SetAttr("strftime", builtin("strftime", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("strftime", args, kw, []string{"format", "t"}, 1)
		if err != nil {
			return nil, err
		}
		f, ok := a[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "strftime() argument 1 must be str, not %s", a[0].Type().Name)
		}
		t, err := when(th, a[1])
		if err != nil {
			return nil, err
		}
		return py.NewStr(strftime(f.S, t)), nil
	}))
	m.SetAttr("asctime", builtin("asctime", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		var o py.Object
		if len(args) > 0 {
			o = args[0]
		}
		t, err := when(th, o)
		return py.NewStr(strftime("%a %b %e %H:%M:%S %Y", t)), err
	}))
	ps.addTimeExtras(m, cls, when)
	m.SetAttr("ctime", builtin("ctime", func(th *thread, args []py.Object, kw []string) (py.Object, error) {
		var o py.Object
		if len(args) > 0 {
			o = args[0]
		}
		t, err := timeAt(th, o)
		return py.NewStr(strftime("%a %b %e %H:%M:%S %Y", t)), err
	}))
}
