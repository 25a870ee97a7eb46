// Command wasmsize prints what takes the space in a WebAssembly binary built by Go: the sections, the code
// of each package (raw bytes and compressed), the largest functions, the data segments, and the data each
// package brings (type metadata, strings and embedded files, tables), so that a size budget can be kept
// with figures instead of guesses.
//
//	go run ./tools/wasmsize [-top N] [-pkgs N] ./cmd/wasm/runner
//
// It builds the package twice for GOOS=js GOARCH=wasm with the flags make web uses (-trimpath
// -ldflags=-s -w): once as shipped, for the totals, and once keeping the name section (-ldflags=-w), to
// name the function bodies (their bytes are the same). Compressed sizes are brotli -q 11 when a brotli
// command is on PATH, else gzip -9 (said in the header); a package's compressed size is its code
// compressed alone, so the column adds up to more than the whole binary compressed.
//
// The data segments are split where runtime.firstmoduledata (found through the pclntab's header) says
// each stretch begins: type metadata, the rest of rodata (strings, tables, embedded files, itabs), the
// pclntab's tables one by one, writable data; each compressed alone, with the region each embedded file
// landed in (found by its contents). The data each package brings is read from its compiled object
// (go tool nm), before the linker drops what is unreachable: an upper bound, in the same categories
// across runs.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	top := flag.Int("top", 25, "how many of the largest functions to list")
	pkgs := flag.Int("pkgs", 30, "how many of the largest packages to list")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-pkgs N] PACKAGE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), *top, *pkgs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run builds pkg and writes the report to w.
func run(w io.Writer, pkg string, top, pkgs int) error {
	dir, err := os.MkdirTemp("", "wasmsize")
	if err != nil {
		return fmt.Errorf("wasmsize: %v", err)
	}
	defer os.RemoveAll(dir)
	shipped := filepath.Join(dir, "shipped.wasm")
	named := filepath.Join(dir, "named.wasm")
	if err := build(pkg, shipped, "-s -w"); err != nil {
		return err
	}
	if err := build(pkg, named, "-w"); err != nil {
		return err
	}
	sb, err := os.ReadFile(shipped)
	if err != nil {
		return fmt.Errorf("wasmsize: %v", err)
	}
	nb, err := os.ReadFile(named)
	if err != nil {
		return fmt.Errorf("wasmsize: %v", err)
	}
	sm, err := parse(sb)
	if err != nil {
		return err
	}
	nm, err := parse(nb)
	if err != nil {
		return err
	}
	objs, err := objectData(pkg)
	if err != nil {
		return err
	}
	c := newCompressor()
	rep := report{w: w, c: c}
	rep.header(pkg, sb)
	rep.sections(sm)
	paths := make([]string, len(objs))
	for i, d := range objs {
		paths[i] = d.path
	}
	rep.packages(nm, paths, pkgs)
	rep.functions(nm, top)
	rep.data(sm, objs, pkgs)
	return rep.err
}
