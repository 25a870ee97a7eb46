// Command depscheck enforces the dependency rules of DESIGN.md by reading what `go list -deps` says each of
// the module's packages imports, directly or through other packages.
//
// Usage, from the module root (`make deps-check` runs it):
//
//	go run ./tools/depscheck [-v]
//
// It lists the module's packages twice, for a native build and for GOOS=js GOARCH=wasm, and prints each
// forbidden dependency as
//
//	depscheck: PKG imports FORBIDDEN (rule: ...)
//
// followed, when the import is indirect, by the chain of imports that leads to it. It also builds
// cmd/futurescope with CGO_ENABLED=0. Rules about packages that do not exist yet are skipped (-v says
// which); test-only imports are not checked. It exits 1 if a rule is broken, 2 if it could not check.
// It never changes a file.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
)

// A config is one build configuration the rules must hold in.
type config struct {
	name string
	env  []string // added to the environment of go list
}

var configs = []config{
	{name: "native build"},
	{name: "GOOS=js GOARCH=wasm", env: []string{"GOOS=js", "GOARCH=wasm"}},
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("depscheck: ")
	verbose := flag.Bool("v", false, "say what is checked and what is skipped")
	flag.Parse()
	os.Exit(run(*verbose))
}

// run checks the module in the current directory and returns the exit code.
func run(verbose bool) int {
	mod, err := modulePath()
	if err != nil {
		log.Print(err)
		return 2
	}
	rs := rules(mod)
	var gs []graph
	printed, warned := map[string]bool{}, map[string]bool{}
	for _, c := range configs {
		g, err := list(c.env)
		if err != nil {
			log.Print(err)
			return 2
		}
		gs = append(gs, g)
		warnErrors(g, c.name, warned)
		for _, v := range check(g, rs) {
			if line := v.format(mod); !printed[line] {
				printed[line] = true
				fmt.Println(line)
				if via := v.via(mod); via != "" {
					fmt.Printf("\tvia %s (%s)\n", via, c.name)
				}
			}
		}
		if verbose {
			log.Printf("%s: checked %d packages of %s against %d rules", c.name, len(g.roots()), mod, len(rs))
		}
	}
	if verbose {
		for _, rel := range missing(mod, gs, rs) {
			log.Printf("skipped %s: no such package yet", rel)
		}
	}
	ok := len(printed) == 0
	if anyHas(gs[:1], mod+"/cmd/futurescope") {
		ok = buildsWithoutCgo(mod+"/cmd/futurescope", verbose) && ok
	}
	if !ok {
		return 1
	}
	return 0
}

// modulePath returns the path of the module in the current directory.
func modulePath() (string, error) {
	out, err := goCmd(nil, "list", "-m")
	if err != nil {
		return "", err
	}
	lines := strings.Fields(string(out))
	if len(lines) != 1 {
		return "", fmt.Errorf("go list -m: want one module, got %q (run from the module root, without a go.work)", lines)
	}
	return lines[0], nil
}

// list runs go list over the module's packages and everything they import.
func list(env []string) (graph, error) {
	out, err := goCmd(env, "list", "-e", "-deps", "-json=ImportPath,Standard,Imports,DepOnly,Error", "./...")
	if err != nil {
		return nil, err
	}
	g := graph{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return g, nil
		} else if err != nil {
			return nil, fmt.Errorf("go list: reading its output: %v", err)
		}
		g[p.ImportPath] = &p
	}
}

// warnErrors reports packages go list could not fully read: their imports may be incomplete. They are
// warnings, not violations: go vet and go test report such errors themselves. An error already in
// warned is not repeated.
func warnErrors(g graph, config string, warned map[string]bool) {
	for _, path := range slices.Sorted(maps.Keys(g)) {
		e := g[path].Error
		if e == nil || strings.Contains(e.Err, "build constraints exclude all Go files") {
			continue
		}
		if msg := path + ": " + strings.TrimSpace(e.Err); !warned[msg] {
			warned[msg] = true
			log.Printf("warning: %s (%s)", msg, config)
		}
	}
}

// buildsWithoutCgo builds the package with CGO_ENABLED=0, discarding the result, and reports whether
// that worked; if not, it prints why.
func buildsWithoutCgo(path string, verbose bool) bool {
	if _, err := goCmd([]string{"CGO_ENABLED=0"}, "build", "-o", os.DevNull, path); err != nil {
		fmt.Println("depscheck: cmd/futurescope does not build with CGO_ENABLED=0 " +
			"(rule: cmd/futurescope is pure Go: it builds with CGO_ENABLED=0)")
		fmt.Printf("\t%s\n", strings.ReplaceAll(strings.TrimSpace(err.Error()), "\n", "\n\t"))
		return false
	}
	if verbose {
		log.Print("cmd/futurescope builds with CGO_ENABLED=0")
	}
	return true
}

// goCmd runs the go command with env added to the environment and returns its standard output.
// Its error includes what the command wrote to standard error.
func goCmd(env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		line := strings.TrimSpace(strings.Join(env, " ") + " go " + strings.Join(args, " "))
		return nil, fmt.Errorf("%s: %v\n%s", line, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return out, nil
}
