// Package check runs a course's script blocks on the simulator and compares what each run printed, and
// the trace it left, with a golden file. `futurescope lessons check` and TestLessonsRun both use it.
//
// A block's golden file is <Golden>/<slug>-<index>.golden ("03-callbacks-2.golden"), shared by the
// lesson's translations, whose blocks are the same byte for byte (lessons.Load checks that); each
// distinct script runs once. It holds three sections: the run's stdout, its stderr and its trace in the
// text form (trace.WriteText). The script runs as <slug>-<index>.py, the name its tracebacks show.
//
// Besides the golden file, a block must fail as its expect-error option says, or not fail at all.
// norun blocks are not run. The package never changes a lesson; with Update it writes golden files.
package check

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/futurescope/futurescope/lessons"
)

// Options configure Run.
type Options struct {
	// Lang limits the check to one language, "en" or "zh"; "" checks every language.
	Lang string
	// Golden is the folder of the golden files.
	Golden string
	// Update rewrites the golden files with what the runs produce instead of comparing them. Other
	// checks still run. With Lang "", it also removes golden files no block uses.
	Update bool
}

// A Status is the outcome of a check.
type Status int

// The outcomes.
const (
	OK      Status = iota // as expected
	Failed                // not as expected: see Result.Problem
	Skipped               // not run: a norun block
)

// A Result is the outcome of checking one block of one lesson, or a problem outside any block: a
// lesson missing in one language, a golden file no block uses.
type Result struct {
	// Name is what was checked: "en/03-callbacks block 2", "zh/03-callbacks", or a golden file.
	Name string
	// Lesson and Block are the block checked; Lesson is nil for a result that is not about a block.
	Lesson *lessons.Lesson
	Block  lessons.Block
	Status Status
	// Virtual is the virtual time the run took: the time of its trace's last event.
	Virtual time.Duration
	// Problem says why the check failed: a line, then details (a traceback's end, a diff's first lines).
	Problem string
	// Updated reports that the golden file was rewritten with different content.
	Updated bool
}

// String formats r as one line, followed for a failure by the problem's details, indented:
//
//	ok   en/03-callbacks block 2 (0.812s virtual)
func (r Result) String() string {
	word := map[Status]string{OK: "ok  ", Failed: "FAIL", Skipped: "skip"}[r.Status]
	s := word + " " + r.Name
	var notes []string
	if r.Lesson != nil && r.Status != Skipped {
		notes = append(notes, fmt.Sprintf("%.3fs virtual", r.Virtual.Seconds()))
	}
	if r.Status == Skipped {
		notes = append(notes, "norun")
	}
	switch {
	case r.Updated && r.Lesson == nil:
		notes = append(notes, "removed")
	case r.Updated:
		notes = append(notes, "golden rewritten")
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	if r.Problem != "" {
		s += ": " + strings.ReplaceAll(strings.TrimRight(r.Problem, "\n"), "\n", "\n    ")
	}
	return s
}

// Run checks the course's script blocks as opts say and returns a result a block, in course order
// (language, then lesson order, then block), plus the problems outside blocks. It runs the distinct
// scripts in parallel.
func Run(c *lessons.Course, opts Options) []Result {
	var results []Result
	for _, lang := range lessons.Languages() {
		if opts.Lang != "" && lang != opts.Lang {
			continue
		}
		for _, l := range c.Lessons(lang) {
			for _, b := range l.Blocks {
				results = append(results, Result{Name: fmt.Sprintf("%s block %d", l.Name(), b.Index), Lesson: l, Block: b})
			}
		}
	}
	runAll(results, opts)
	if opts.Lang == "" {
		results = append(results, untranslated(c)...)
		results = append(results, unusedGoldens(results, opts)...)
	}
	return results
}

// runAll checks each block of results in place, running each distinct script once.
func runAll(results []Result, opts Options) {
	outcomes := map[string]*outcome{}
	var keys []string
	for _, r := range results {
		if k := key(r.Lesson, r.Block); outcomes[k] == nil && !r.Block.Options.NoRun {
			outcomes[k] = &outcome{name: k, block: r.Block}
			keys = append(keys, k)
		}
	}
	parallel(len(keys), func(i int) { outcomes[keys[i]].check(opts) })
	for i := range results {
		r := &results[i]
		if r.Block.Options.NoRun {
			r.Status = Skipped
			continue
		}
		o := outcomes[key(r.Lesson, r.Block)]
		r.Virtual, r.Problem, r.Updated = o.virtual, o.problem, o.updated
		if o.problem != "" {
			r.Status = Failed
		}
	}
}

// key names a block's script, its golden file and its run: "03-callbacks-2".
func key(l *lessons.Lesson, b lessons.Block) string { return fmt.Sprintf("%s-%d", l.Slug, b.Index) }

// parallel calls f(0), ..., f(n-1) on GOMAXPROCS goroutines and waits for them.
func parallel(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// untranslated reports each lesson that exists in some languages but not all.
func untranslated(c *lessons.Course) []Result {
	langs := lessons.Languages()
	var out []Result
	for _, lang := range langs {
		for _, l := range c.Lessons(lang) {
			for _, other := range langs {
				if c.Lesson(other, l.Slug) == nil {
					out = append(out, Result{Name: other + "/" + l.Slug, Status: Failed,
						Problem: fmt.Sprintf("missing: %s has no %s translation", l.File, other)})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b Result) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Summary counts the results by status, in one line:
//
//	lessons check: 12 ok, 1 failed, 2 not run (norun), 3 golden files rewritten or removed
func Summary(results []Result) string {
	count := map[Status]int{}
	updated := map[string]bool{} // golden files, by block key or path: translations share theirs
	for _, r := range results {
		count[r.Status]++
		if r.Updated && r.Lesson != nil {
			updated[key(r.Lesson, r.Block)] = true
		} else if r.Updated {
			updated[r.Name] = true
		}
	}
	s := fmt.Sprintf("lessons check: %d ok, %d failed, %d not run (norun)", count[OK], count[Failed], count[Skipped])
	if len(updated) > 0 {
		s += fmt.Sprintf(", %d golden file%s rewritten or removed", len(updated), map[bool]string{true: "s"}[len(updated) > 1])
	}
	return s
}
