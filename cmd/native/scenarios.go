package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/futurescope/futurescope/cmd/native/runs"
)

// examples are the built-in scenarios: short, sleep-based scripts, one idea each.
//
//go:embed examples/*.py
var examples embed.FS

// A Scenario is a script the window can show.
type Scenario struct {
	// Name is what the list shows: the file's name without ".py".
	Name string
	// Path is the file on disk, watched for changes; "" for a built-in example.
	Path string
	// Source is the script's text as last read.
	Source []byte
}

// loadScenarios returns the scripts of dir, or the built-in examples when dir is "", sorted by name.
func loadScenarios(dir string) ([]Scenario, error) {
	var fsys fs.FS = examples
	root := "examples"
	if dir != "" {
		fsys, root = os.DirFS(dir), "."
	}
	names, err := fs.Glob(fsys, path.Join(root, "*.py"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []Scenario
	for _, n := range names {
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		s := Scenario{Name: strings.TrimSuffix(path.Base(n), ".py"), Source: src}
		if dir != "" {
			s.Path = filepath.Join(dir, filepath.FromSlash(n))
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no *.py scripts there", dir)
	}
	return out, nil
}

// fileScenario returns the scenario of one script on disk.
func fileScenario(file string) (Scenario, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return Scenario{}, err
	}
	return Scenario{Name: strings.TrimSuffix(filepath.Base(file), ".py"), Path: file, Source: src}, nil
}

// job returns the scenario as a job: a scenario runs with the simulator's defaults.
func (s Scenario) job() runs.Job {
	return runs.Job{Key: "scenario/" + s.Name, Name: s.Name + ".py", Source: s.Source}
}
