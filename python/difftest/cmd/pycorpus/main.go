// Command pycorpus runs the differential corpus through the project's interpreter and prints how many
// scripts run as CPython does, by topic; with -v it names each failing script and its first
// difference, with -run only the scripts whose names contain the given text.
//
//	go run ./python/difftest/cmd/pycorpus [-dir python/testdata/diff] [-v] [-run text]
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/futurescope/futurescope/python/difftest"
	"github.com/futurescope/futurescope/python/py"
	_ "github.com/futurescope/futurescope/python/stdlib" // the modules scripts import: math, ...
)

func main() {
	difftest.Serve(py.RunMain)
	dir := flag.String("dir", "python/testdata/diff", "the corpus folder")
	verbose := flag.Bool("v", false, "name each failing script and its first difference")
	only := flag.String("run", "", "run only the scripts whose names contain this text")
	timeout := flag.Duration("timeout", 10*time.Second, "how long one script may run")
	flag.Parse()
	cases, err := difftest.Load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pycorpus:", err)
		os.Exit(2)
	}
	var ran []string
	failed := map[string]string{}
	for _, c := range cases {
		if !strings.Contains(c.Name, *only) {
			continue
		}
		ran = append(ran, c.Name)
		got, err := difftest.RunChild(c, *timeout)
		why := c.FirstDifference(got)
		if err != nil {
			why = err.Error()
		}
		if why == "" {
			continue
		}
		failed[c.Name] = why
		if *verbose {
			fmt.Printf("FAIL %s: %s\n", c.Name, why)
		}
	}
	fmt.Print(difftest.Summary(ran, failed))
}
