package py

import (
	"strings"
	"unicode"

	"github.com/futurescope/futurescope/python/compile"
)

// tbEntry is one frame an exception passed through: the code and the
// instruction that was executing.
type tbEntry struct {
	code *compile.Code
	pc   int
}

// Traceback is a traceback object (exc.__traceback__): entry i of the
// exception's frames (innermost first), tb_next leading inwards.
type Traceback struct {
	entries []tbEntry
	i       int
}

// FrameObject is the frame a traceback entry names (tb_frame).
// sys._getframe's frames (sysframe.go) also know their caller, globals,
// locals and builtins; a traceback's know only their code and line.
type FrameObject struct {
	code     *compile.Code
	line     int
	back     *FrameObject
	globals  *Dict
	locals   *Dict
	builtins *Dict
	// live is the frame this one was taken of while it runs the same call
	// (serial), for f_lineno; inl is the inlined comprehension running in it.
	live, inl *Frame
	serial    uint64
	inlSerial uint64
}

// Type returns FrameType.
func (*FrameObject) Type() *Type { return FrameType }

// Type returns TracebackType.
func (*Traceback) Type() *Type { return TracebackType }

func (t *Thread) tracebackObject(e *Exception) Object {
	if len(e.tb) == 0 {
		return None
	}
	return &Traceback{entries: e.tb, i: len(e.tb) - 1}
}

func (tb *Traceback) line() int {
	en := tb.entries[tb.i]
	if en.pc < len(en.code.Pos) {
		return int(en.code.Pos[en.pc].Line)
	}
	return 0
}

// FrameInfo describes one traceback line: where and in which function.
type FrameInfo struct {
	Filename string
	Name     string
	Pos      compile.Position
}

// Frames returns the exception's traceback, outermost call first, with
// inlined comprehension frames merged into their caller as CPython 3.12+
// shows them.
func (e *Exception) Frames() []FrameInfo {
	var out []FrameInfo
	for i := len(e.tb) - 1; i >= 0; i-- {
		en := e.tb[i]
		pos := compile.Position{}
		if en.pc < len(en.code.Pos) {
			pos = en.code.Pos[en.pc]
		}
		if en.code.Flags&compile.FlagInlined != 0 && len(out) > 0 {
			out[len(out)-1].Pos = pos
			continue
		}
		out = append(out, FrameInfo{Filename: en.code.Filename, Name: en.code.Name, Pos: pos})
	}
	return out
}

// SetSource records a file's text so tracebacks can show its lines.
func (in *Interp) SetSource(filename string, src []byte) {
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.Split(string(src), "\n")
}

// FormatException returns what CPython prints for an uncaught exception:
// the chain of causes and contexts, each with its traceback.
func (t *Thread) FormatException(e *Exception) string {
	var b strings.Builder
	seen := map[*Exception]bool{}
	t.formatChain(&b, e, seen)
	return b.String()
}

func (t *Thread) formatChain(b *strings.Builder, e *Exception, seen map[*Exception]bool) {
	seen[e] = true
	if c, ok := e.Cause.(*Exception); ok && !seen[c] {
		t.formatChain(b, c, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if c, ok := e.Context.(*Exception); ok && !e.SuppressContext && !seen[c] {
		t.formatChain(b, c, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(e.tb) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		t.formatFrames(b, e.Frames())
	}
	if se := e.syntax; se != nil && userMethod(e.typ, "__str__") == nil {
		b.WriteString(se.Traceback())
		return
	}
	b.WriteString(t.excLine(e))
}

// excLine is the last line: "Type: message".
func (t *Thread) excLine(e *Exception) string {
	typ := e.typ
	name := typ.Qual
	if name == "" {
		name = typ.Name
	}
	if typ.Module != "" && typ.Module != "builtins" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	saved := t.exc
	msg, err := t.Str(e)
	t.exc = saved
	if err != nil {
		msg = "<exception str() failed>"
	}
	msg += t.suggestion(e)
	line := name
	if msg != "" {
		line += ": " + msg
	}
	line += "\n"
	if notes := e.Attr("__notes__"); notes != nil {
		if l, ok := notes.(*List); ok {
			for _, n := range l.V {
				s, err := t.Str(n)
				if err != nil {
					s = "<note str() failed>"
				}
				line += s + "\n"
			}
		}
	}
	return line
}

const recursiveCutoff = 3

func (t *Thread) formatFrames(b *strings.Builder, frames []FrameInfo) {
	lastFile, lastName := "", ""
	lastLine := int32(-1)
	count := 0
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			b.WriteString("  [Previous line repeated " + itoa(n) + " more time" + s + "]\n")
		}
	}
	for _, fr := range frames {
		if fr.Filename != lastFile || fr.Pos.Line != lastLine || fr.Name != lastName {
			flush()
			lastFile, lastLine, lastName = fr.Filename, fr.Pos.Line, fr.Name
			count = 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		b.WriteString(t.formatFrame(fr))
	}
	flush()
}

func (t *Thread) formatFrame(fr FrameInfo) string {
	var b strings.Builder
	b.WriteString("  File \"" + fr.Filename + "\", line " + itoa(int(fr.Pos.Line)) + ", in " + fr.Name + "\n")
	src := t.Interp.sources[fr.Filename]
	p := fr.Pos
	if p.Line <= 0 || int(p.Line) > len(src) {
		return b.String()
	}
	endLine := int(p.EndLine)
	if endLine < int(p.Line) || endLine > len(src) {
		endLine = int(p.Line)
	}
	orig := src[p.Line-1 : endLine]
	ded := dedent(orig)
	if strings.TrimSpace(strings.Join(ded, "\n")) == "" {
		return b.String()
	}
	first, last := orig[0], orig[len(orig)-1]
	startOff := byteToChar(first, int(p.Col))
	endOff := byteToChar(last, int(p.EndCol))
	all := ded
	dedentChars := runeLen(first) - runeLen(all[0])
	startOff = max(0, startOff-dedentChars)
	endOff = max(0, endOff-dedentChars)
	joined := strings.Join(all, "\n")
	jr := []rune(joined)
	segEnd := len(jr) - (runeLen(all[len(all)-1]) - endOff)
	var segment string
	if startOff <= segEnd && segEnd <= len(jr) {
		segment = string(jr[startOff:segEnd])
	}
	anchors := caretAnchors(segment)
	show := shouldShowCarets(startOff, endOff, all, anchors)
	dpStart := displayWidth(all[0], startOff)
	dpEnd := displayWidth(all[len(all)-1], endOff)
	sig := map[int]bool{0: true, len(all) - 1: true}
	leftEnd, rightStart := 0, 0
	primary, secondary := '^', '^'
	if anchors != nil {
		leftEnd, rightStart = anchors.leftEndOff, anchors.rightStartOff
		if anchors.leftEndLine == 0 {
			leftEnd += startOff
		}
		if anchors.rightStartLine == 0 {
			rightStart += startOff
		}
		if anchors.leftEndLine < len(all) {
			leftEnd = displayWidth(all[anchors.leftEndLine], leftEnd)
		}
		if anchors.rightStartLine < len(all) {
			rightStart = displayWidth(all[anchors.rightStartLine], rightStart)
		}
		primary, secondary = '~', '^'
		for d := -1; d <= 1; d++ {
			sig[anchors.leftEndLine+d] = true
			sig[anchors.rightStartLine+d] = true
		}
	}
	var res []string
	output := func(ln int) {
		line := all[ln]
		res = append(res, line+"\n")
		if !show {
			return
		}
		rl := []rune(line)
		numSpaces := len(rl) - len([]rune(strings.TrimLeftFunc(line, unicode.IsSpace)))
		n := displayWidth(line, len(rl))
		if ln == len(all)-1 {
			n = dpEnd
		}
		carets := make([]rune, 0, n)
		for col := 0; col < n; col++ {
			switch {
			case col < numSpaces || (ln == 0 && col < dpStart):
				carets = append(carets, ' ')
			case anchors != nil && (ln > anchors.leftEndLine || (ln == anchors.leftEndLine && col >= leftEnd)) &&
				(ln < anchors.rightStartLine || (ln == anchors.rightStartLine && col < rightStart)):
				carets = append(carets, secondary)
			default:
				carets = append(carets, primary)
			}
		}
		res = append(res, string(carets)+"\n")
	}
	var lines []int
	for ln := range sig {
		if ln >= 0 && ln < len(all) {
			lines = append(lines, ln)
		}
	}
	sortInts(lines)
	for i, ln := range lines {
		if i > 0 {
			diff := ln - lines[i-1]
			if diff == 2 {
				output(ln - 1)
			} else if diff > 2 {
				res = append(res, "...<"+itoa(diff-1)+" lines>...\n")
			}
		}
		output(ln)
	}
	for _, l := range strings.SplitAfter(strings.Join(dedentKeep(res), ""), "\n") {
		if l == "" {
			continue
		}
		b.WriteString("    " + l)
	}
	return b.String()
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func runeLen(s string) int { return len([]rune(s)) }

func byteToChar(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	if off < 0 {
		off = 0
	}
	return len([]rune(s[:off]))
}

// dedent is textwrap.dedent over lines.
func dedent(lines []string) []string {
	prefix := ""
	first := true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ws := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			prefix, first = ws, false
			continue
		}
		for !strings.HasPrefix(ws, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			out[i] = ""
		} else {
			out[i] = strings.TrimPrefix(l, prefix)
		}
	}
	return out
}

// dedentKeep dedents lines that each end in a newline.
func dedentKeep(lines []string) []string {
	trimmed := make([]string, len(lines))
	for i, l := range lines {
		trimmed[i] = strings.TrimSuffix(l, "\n")
	}
	d := dedent(trimmed)
	for i := range d {
		d[i] += "\n"
	}
	return d
}

// displayWidth is the width of the first n characters of s on a terminal:
// East Asian wide and fullwidth characters take two columns.
func displayWidth(s string, n int) int {
	w := 0
	for _, r := range s {
		if n == 0 {
			break
		}
		n--
		w++
		if isWide(r) {
			w++
		}
	}
	return w + max(n, 0)
}

func isWide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x115f, r >= 0x2e80 && r <= 0x303e, r >= 0x3041 && r <= 0x33ff, r >= 0x3400 && r <= 0x4dbf,
		r >= 0x4e00 && r <= 0x9fff, r >= 0xa000 && r <= 0xa4cf, r >= 0xac00 && r <= 0xd7a3,
		r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60,
		r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f, r >= 0x1f900 && r <= 0x1f9ff,
		r >= 0x20000 && r <= 0x3fffd:
		return true
	}
	return false
}
