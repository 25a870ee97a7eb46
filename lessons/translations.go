package lessons

import "fmt"

// checkOrders reports two lessons of one language with the same order.
func (c *Course) checkOrders() []*Error {
	var errs []*Error
	for _, ls := range c.lessons {
		for i := 1; i < len(ls); i++ {
			if a, b := ls[i-1], ls[i]; a.Order == b.Order {
				errs = append(errs, &Error{File: b.File, Line: 0, Msg: fmt.Sprintf("order %d is also %s's", b.Order, a.File)})
			}
		}
	}
	return errs
}

// checkTranslations reports a translated lesson whose order or script blocks differ from the first
// language's lesson of the same slug. Translations share their scripts, goldens and timelines, so
// their blocks must be the same byte for byte. A lesson without a translation is not an error here.
func (c *Course) checkTranslations() []*Error {
	var errs []*Error
	for _, lang := range languages[1:] {
		for _, l := range c.lessons[lang] {
			if ref := c.Lesson(languages[0], l.Slug); ref != nil {
				errs = append(errs, compareLessons(ref, l)...)
			}
		}
	}
	return errs
}

// compareLessons reports how l's order and blocks differ from ref's.
func compareLessons(ref, l *Lesson) []*Error {
	var errs []*Error
	add := func(line int, format string, args ...any) {
		errs = append(errs, &Error{File: l.File, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	if l.Order != ref.Order {
		add(0, "order %d, but %s has order %d", l.Order, ref.File, ref.Order)
	}
	if len(l.Blocks) != len(ref.Blocks) {
		add(0, "%d python blocks, but %s has %d: translations share their scripts", len(l.Blocks), ref.File, len(ref.Blocks))
	}
	for i := range min(len(l.Blocks), len(ref.Blocks)) {
		a, b := ref.Blocks[i], l.Blocks[i]
		switch {
		case a.Info != b.Info:
			add(b.Line, "block %d: info string %q differs from %s:%d's %q", b.Index, b.Info, ref.File, a.Line, a.Info)
		case a.Code != b.Code:
			add(b.Line+firstDiffLine(a.Code, b.Code), "block %d: code differs from %s:%d (translations share their scripts byte for byte)", b.Index, ref.File, a.Line)
		case a.Prediction != nil && b.Prediction != nil:
			errs = append(errs, compareQuestions(ref, l, a, b)...)
		}
	}
	return errs
}

// compareQuestions reports how the questions of l's predict block b differ from those of ref's block
// a: translations ask the same questions at the same reveal points.
func compareQuestions(ref, l *Lesson, a, b Block) []*Error {
	qa, qb := a.Prediction.Questions, b.Prediction.Questions
	if len(qa) != len(qb) {
		return []*Error{{File: l.File, Line: b.Prediction.Line, Msg: fmt.Sprintf("block %d: %d questions, but %s:%d has %d", b.Index, len(qb), ref.File, a.Prediction.Line, len(qa))}}
	}
	var errs []*Error
	for i := range qa {
		if qa[i].At != qb[i].At {
			errs = append(errs, &Error{File: l.File, Line: qb[i].Line, Col: qb[i].Col, Msg: fmt.Sprintf("block %d: question %d is at `%s`, but %s:%d's is at `%s`", b.Index, i+1, qb[i].At, ref.File, qa[i].Line, qa[i].At)})
		}
	}
	return errs
}

// firstDiffLine returns the 1-based line of code where a and b first differ.
func firstDiffLine(a, b string) int {
	line := 1
	for i := 0; i < len(a) && i < len(b) && a[i] == b[i]; i++ {
		if a[i] == '\n' {
			line++
		}
	}
	return line
}
