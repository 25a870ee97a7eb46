// Command precompress writes compressed copies of a built site's files beside them, for servers
// that send a precompressed copy to browsers that accept it (futurescope serve does):
//
//	go run ./tools/precompress [-min BYTES] DIR
//
// For each .wasm, .js, .css, .html, .json, .svg and .py file of DIR of at least -min bytes (default
// 1024) it writes FILE.gz (gzip, best compression, with Go's compress/gzip) and, when the brotli
// command is on PATH (Debian's package brotli), FILE.br (quality 11, about 30 s for the timeline's
// wasm). Copies newer than their file are kept, so a rebuild that left a file alone costs nothing. It
// then prints each file's size raw, gzipped and in brotli. No other file is touched.
package main

import (
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"text/tabwriter"
)

// compressible are the extensions of the files worth compressing.
var compressible = []string{".wasm", ".js", ".css", ".html", ".json", ".svg", ".py", ".txt"}

func main() {
	log.SetFlags(0)
	log.SetPrefix("precompress: ")
	minSize := flag.Int64("min", 1024, "leave files smaller than this many bytes alone")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: go run ./tools/precompress [-min BYTES] DIR")
	}
	brotli, _ := exec.LookPath("brotli")
	if brotli == "" {
		log.Print("no brotli command (apt-get install brotli): writing .gz copies only")
	}
	files, err := list(flag.Arg(0), *minSize)
	if err != nil {
		log.Fatal(err)
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\traw\tgzip\tbrotli\t")
	for _, f := range files {
		if err := compress(f, brotli); err != nil {
			log.Fatal(err)
		}
		rel, _ := filepath.Rel(flag.Arg(0), f)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", rel, size(f), size(f+".gz"), size(f+".br"))
	}
	tw.Flush()
}

// list returns the files of dir worth compressing.
func list(dir string, minSize int64) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !slices.Contains(compressible, filepath.Ext(path)) {
			return err
		}
		info, err := d.Info()
		if err == nil && info.Size() >= minSize {
			out = append(out, path)
		}
		return err
	})
	return out, err
}

// compress writes path.gz, and path.br when brotli is a command's path, unless they are up to date.
func compress(path, brotli string) error {
	if !fresh(path, path+".gz") {
		if err := gzipFile(path); err != nil {
			return err
		}
	}
	if brotli == "" || fresh(path, path+".br") {
		return nil
	}
	// Into a temporary file first: an interrupted run must not leave a partial copy that looks fresh.
	tmp := path + ".br.tmp"
	if out, err := exec.Command(brotli, "-q", "11", "-n", "-f", "-k", "-o", tmp, path).CombinedOutput(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("brotli %s: %v: %s", path, err, out)
	}
	return publish(tmp, path, path+".br")
}

func gzipFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	tmp := path + ".gz.tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	_, err = zw.Write(data)
	if err = errors.Join(err, zw.Close(), out.Close()); err != nil {
		os.Remove(tmp)
		return err
	}
	return publish(tmp, path, path+".gz")
}

// publish renames the finished copy tmp to dst with the permissions of the original file: a tool may
// create it readable by its owner only, which a static host running as another user cannot serve.
func publish(tmp, original, dst string) error {
	info, err := os.Stat(original)
	if err == nil {
		err = os.Chmod(tmp, info.Mode().Perm())
	}
	if err == nil {
		err = os.Rename(tmp, dst)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// fresh reports whether the copy exists and is newer than the file.
func fresh(file, dup string) bool {
	f, err1 := os.Stat(file)
	c, err2 := os.Stat(dup)
	return err1 == nil && err2 == nil && c.Size() > 0 && !c.ModTime().Before(f.ModTime())
}

// size returns the size of a file in KiB, or "-" if there is none.
func size(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return "-"
	}
	return fmt.Sprintf("%.0f KiB", float64(info.Size())/1024)
}
