package script

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestStrftimeMatchesFmt holds strftime to what it wrote when it formatted numbers with fmt, for
// every code, at times across the calendar (negative years and two-digit fields included).
func TestStrftimeMatchesFmt(t *testing.T) {
	codes := "YymdHIMSpjaAbBwZzcexXTFDRrhuCUWVGgklPsnt%q"
	var format strings.Builder
	for _, c := range codes {
		format.WriteString("%" + string(c) + "|")
	}
	format.WriteString("end%")
	for _, sec := range []int64{0, 1, 59, 3599, 43200, 86399, 951782400, 1700000000, 4102444799, -1, -62135596800, -62198755200, -70000000000, 253402300799} {
		tm := time.Unix(sec, 0).UTC()
		if got, want := strftime(format.String(), tm), strftimeFmt(format.String(), tm); got != want {
			t.Errorf("strftime at %d = %q, want %q", sec, got, want)
		}
	}
}

// strftimeFmt formats t with C's strftime codes (the C locale's names).
func strftimeFmt(format string, t time.Time) string {
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
			fmt.Fprintf(&b, "%d", t.Year())
		case 'y':
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		case 'm':
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case 'H':
			fmt.Fprintf(&b, "%02d", t.Hour())
		case 'I':
			fmt.Fprintf(&b, "%02d", (t.Hour()+11)%12+1)
		case 'M':
			fmt.Fprintf(&b, "%02d", t.Minute())
		case 'S':
			fmt.Fprintf(&b, "%02d", t.Second())
		case 'p':
			b.WriteString(map[bool]string{true: "PM", false: "AM"}[t.Hour() >= 12])
		case 'j':
			fmt.Fprintf(&b, "%03d", t.YearDay())
		case 'a':
			b.WriteString(t.Weekday().String()[:3])
		case 'A':
			b.WriteString(t.Weekday().String())
		case 'b':
			b.WriteString(t.Month().String()[:3])
		case 'B':
			b.WriteString(t.Month().String())
		case 'w':
			fmt.Fprintf(&b, "%d", int(t.Weekday()))
		case 'Z':
			zone, _ := t.Zone()
			b.WriteString(zone)
		case 'z':
			b.WriteString("+0000")
		case 'c':
			b.WriteString(strftimeFmt("%a %b %e %H:%M:%S %Y", t))
		case 'e':
			fmt.Fprintf(&b, "%2d", t.Day())
		case 'x':
			b.WriteString(strftimeFmt("%m/%d/%y", t))
		case 'X', 'T':
			b.WriteString(strftimeFmt("%H:%M:%S", t))
		case 'F':
			b.WriteString(strftimeFmt("%Y-%m-%d", t))
		case 'D':
			b.WriteString(strftimeFmt("%m/%d/%y", t))
		case 'R':
			b.WriteString(strftimeFmt("%H:%M", t))
		case 'r':
			b.WriteString(strftimeFmt("%I:%M:%S %p", t))
		case 'h':
			b.WriteString(t.Month().String()[:3])
		case 'u':
			fmt.Fprintf(&b, "%d", (int(t.Weekday())+6)%7+1)
		case 'C':
			fmt.Fprintf(&b, "%02d", t.Year()/100)
		case 'U':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-int(t.Weekday()))/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (t.YearDay()+6-(int(t.Weekday())+6)%7)/7)
		case 'V':
			_, w := t.ISOWeek()
			fmt.Fprintf(&b, "%02d", w)
		case 'G':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&b, "%d", y)
		case 'g':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&b, "%02d", y%100)
		case 'k':
			fmt.Fprintf(&b, "%2d", t.Hour())
		case 'l':
			fmt.Fprintf(&b, "%2d", (t.Hour()+11)%12+1)
		case 'P':
			b.WriteString(map[bool]string{true: "pm", false: "am"}[t.Hour() >= 12])
		case 's':
			fmt.Fprintf(&b, "%d", t.Unix())
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
