package main

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// fakeNative writes a futurescope-native into dir that prints its arguments and exits with code.
func fakeNative(t *testing.T, dir, code string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the fake visualizer is a shell script")
	}
	script := "#!/bin/sh\necho \"native: $*\"\nexit " + code + "\n"
	if err := os.WriteFile(filepath.Join(dir, nativeName), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestDesktopStartsTheVisualizer(t *testing.T) {
	dir := t.TempDir()
	fakeNative(t, dir, "0")
	t.Setenv("PATH", dir)
	var out, errs strings.Builder
	if code := run([]string{"desktop", "--present", "lesson.py"}, nil, &out, &errs); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs.String())
	}
	if got := out.String(); got != "native: --present lesson.py\n" {
		t.Errorf("the visualizer got %q", got)
	}
}

func TestDesktopPassesTheExitStatus(t *testing.T) {
	dir := t.TempDir()
	fakeNative(t, dir, "3")
	t.Setenv("PATH", dir)
	if code := run([]string{"desktop"}, nil, &strings.Builder{}, &strings.Builder{}); code != 3 {
		t.Errorf("exit %d, want the visualizer's 3", code)
	}
}

func TestDesktopSaysHowToBuildIt(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	var out, errs strings.Builder
	if code := run([]string{"desktop", "x.py"}, nil, &out, &errs); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"not installed", "go build -o ", "futurescope-native ./cmd/native", "libx11-dev"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("the message lacks %q:\n%s", want, errs.String())
		}
	}
}

func TestFindNativePrefersTheOneBeside(t *testing.T) {
	dir := t.TempDir()
	fakeNative(t, dir, "0")
	onPath := func(string) (string, error) { return "/usr/bin/" + nativeName, nil }
	if got, err := findNative(dir, onPath); err != nil || got != filepath.Join(dir, nativeName) {
		t.Errorf("findNative = %q, %v; want the one beside", got, err)
	}
	none := func(string) (string, error) { return "", errors.New("not found") }
	if _, err := findNative(t.TempDir(), none); err == nil {
		t.Error("findNative found one in an empty folder with nothing on PATH")
	}
}
