package difftest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
)

// KnownFile is the name of the known-failures list in the corpus folder.
const KnownFile = "KNOWN_FAILURES"

// knownHeader opens the list when WriteKnown writes it.
const knownHeader = `# Scripts of python/testdata/diff that py.RunMain does not yet run as CPython 3.13 does, one a line,
# each with the first line that differs. python/difftest fails when a listed script passes (remove it)
# and when an unlisted one fails; go test ./python/difftest -run Corpus -args -update-known rewrites it.
`

// Known maps a script's name to the comment that says how it fails.
type Known map[string]string

// ReadKnown reads a known-failures list: one script name a line, optionally followed by "# comment";
// blank lines and lines starting with "#" are skipped. A missing file is an empty list.
func ReadKnown(path string) (Known, error) {
	data, err := readOptional(path)
	if err != nil {
		return nil, fmt.Errorf("read known failures: %v", err)
	}
	known := Known{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, comment, _ := strings.Cut(line, "#")
		name = strings.TrimSpace(name)
		if strings.ContainsAny(name, " \t") {
			return nil, fmt.Errorf("read known failures: %s:%d: want NAME # comment, got %q", path, n, line)
		}
		if _, dup := known[name]; dup {
			return nil, fmt.Errorf("read known failures: %s:%d: %s is listed twice", path, n, name)
		}
		known[name] = strings.TrimSpace(comment)
	}
	return known, nil
}

// WriteKnown writes the list to path, sorted by name.
func WriteKnown(path string, known Known) error {
	var b strings.Builder
	b.WriteString(knownHeader)
	names := make([]string, 0, len(known))
	for name := range known {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if known[name] == "" {
			fmt.Fprintf(&b, "%s\n", name)
			continue
		}
		fmt.Fprintf(&b, "%s  # %s\n", name, known[name])
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write known failures: %v", err)
	}
	return nil
}

// CheckKnown says what is wrong with the list given the scripts that failed in a run of all of
// names: each listed script that passed, each failing script that is not listed, and each listed
// name that is not a script of the corpus. It returns nothing when the list is exact.
func CheckKnown(known Known, names []string, failed map[string]string) []string {
	var problems []string
	all := map[string]bool{}
	for _, name := range names {
		all[name] = true
		_, listed := known[name]
		why, fails := failed[name]
		switch {
		case listed && !fails:
			problems = append(problems, fmt.Sprintf("%s passes now: remove it from %s", name, KnownFile))
		case fails && !listed:
			problems = append(problems, fmt.Sprintf("%s fails and is not in %s: %s", name, KnownFile, why))
		}
	}
	for name := range known {
		if !all[name] {
			problems = append(problems, fmt.Sprintf("%s is listed in %s but is no script of the corpus", name, KnownFile))
		}
	}
	slices.Sort(problems)
	return problems
}
