// Command testsum keeps `make test` readable and counts what it ran. Each test step pipes its runner's
// machine output through it; at the end it prints the totals of every step and why each skipped test
// was skipped:
//
//	go test -json PKGS | testsum -step NAME -dir DIR        one line a package, failures in full
//	node --test --test-reporter=tap | testsum -tap -step NAME -dir DIR
//	testsum -report -dir DIR                                 the totals and the skips, from DIR
//
// A step's counts go to DIR/NAME.json. testsum exits 1 when a step had a failure (or, with -report,
// when any did, or when no test ran), so a make recipe fails on it even without pipefail. Tests
// include subtests: each t.Run and each node subtest counts once.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// A Step is what one test step ran: how many tests passed, failed and were skipped, and the skips.
type Step struct {
	Name                  string
	Passed, Failed, Skips int
	Skipped               []Skip
	BuildFailed           []string // packages that did not build
	FailedPackages        []string // packages that failed outside their tests (counted in Failed)
	NoTests               int      // packages without test files
}

// A Skip is one skipped test and the reason it gave.
type Skip struct {
	Test, Reason string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("testsum: ")
	step := flag.String("step", "", "the step's name, for its counts file")
	dir := flag.String("dir", "bin/testsum", "the folder of the steps' counts")
	tap := flag.Bool("tap", false, "read node's TAP output instead of go test -json")
	report := flag.Bool("report", false, "print the totals of every step in -dir")
	flag.Parse()
	if *report {
		ok, err := printReport(os.Stdout, *dir)
		if err != nil {
			log.Fatal(err)
		}
		if !ok {
			os.Exit(1)
		}
		return
	}
	if *step == "" {
		log.Fatal("-step NAME is needed")
	}
	var s Step
	var err error
	if *tap {
		s, err = readTAP(os.Stdin, os.Stdout)
	} else {
		s, err = readGoJSON(os.Stdin, os.Stdout)
	}
	s.Name = *step
	if err != nil {
		log.Fatal(err)
	}
	if err := save(s, *dir); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %s\n", s.Name, counts(s))
	if s.Failed > 0 || len(s.BuildFailed) > 0 {
		os.Exit(1)
	}
}

// counts is the closing line's figures: "12 passed, 0 failed, 3 skipped".
func counts(s Step) string {
	return fmt.Sprintf("%d passed, %d failed, %d skipped", s.Passed, s.Failed+len(s.BuildFailed), s.Skips)
}

// save writes s to dir/NAME.json.
func save(s Step, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(s, "", "\t")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, s.Name+".json"), data, 0o644)
}

// load reads every step saved in dir, oldest first (the order make ran them).
func load(dir string) ([]Step, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("report: %v (no step ran?)", err)
	}
	type dated struct {
		s    Step
		when time.Time
	}
	var steps []dated
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".json" {
			continue
		}
		info, err := e.Info()
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		var s Step
		if err := json.Unmarshal(data, &s); err != nil {
			return nil, fmt.Errorf("report: %s: %v", e.Name(), err)
		}
		steps = append(steps, dated{s, info.ModTime()})
	}
	slices.SortStableFunc(steps, func(a, b dated) int { return a.when.Compare(b.when) })
	out := make([]Step, len(steps))
	for i, d := range steps {
		out[i] = d.s
	}
	return out, nil
}
