package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/lessons/check"
)

// lessonsCommand runs futurescope lessons SUBCOMMAND; check is the only one.
func lessonsCommand(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintln(stderr, "usage: futurescope lessons check [--lang en|zh] [--update] (see futurescope help)")
		return 2
	}
	fs := flag.NewFlagSet("futurescope lessons check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts check.Options
	fs.StringVar(&opts.Lang, "lang", "", "check only the lessons in `LANG` (en or zh)")
	fs.BoolVar(&opts.Update, "update", false, "rewrite the golden files instead of comparing")
	fs.StringVar(&opts.Golden, "golden", filepath.FromSlash("lessons/testdata/golden"), "the folder of golden files")
	dir := fs.String("content", "", "check the course in `DIR` instead of the one built in")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() > 0 || (opts.Lang != "" && opts.Lang != "en" && opts.Lang != "zh") {
		fmt.Fprintln(stderr, "usage: futurescope lessons check [--lang en|zh] [--update] (see futurescope help)")
		return 2
	}
	course, err := loadCourse(*dir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	results := check.Run(course, opts)
	failed := false
	for _, r := range results {
		fmt.Fprintln(stdout, r)
		failed = failed || r.Status == check.Failed
	}
	fmt.Fprintln(stdout, check.Summary(results))
	if failed {
		return 1
	}
	return 0
}

// loadCourse loads the course in dir, or the built-in one when dir is "".
func loadCourse(dir string) (*lessons.Course, error) {
	if dir == "" {
		return lessons.Load(lessons.Content())
	}
	return lessons.Load(lessons.Named(os.DirFS(dir), filepath.ToSlash(dir)))
}
