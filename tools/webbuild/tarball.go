package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// checkIntegrity reports whether data matches integrity, a Subresource Integrity string as npm writes
// it ("sha512-BASE64"; of several hashes, one sha512 must match).
func checkIntegrity(data []byte, integrity string) error {
	sum := sha512.Sum512(data)
	got := base64.StdEncoding.EncodeToString(sum[:])
	found := false
	for _, h := range strings.Fields(integrity) {
		want, ok := strings.CutPrefix(h, "sha512-")
		if !ok {
			continue
		}
		found = true
		if want == got {
			return nil
		}
	}
	if !found {
		return fmt.Errorf("integrity %q: no sha512 hash", integrity)
	}
	return fmt.Errorf("integrity mismatch: got sha512-%s, want %s", got, integrity)
}

// unpack extracts the gzipped tarball data into dir, replacing dir. npm's tarballs hold one folder,
// package/, whose contents become dir's; unpack drops each entry's first path element as npm does.
// It refuses links and paths that would leave dir, writes files 0644 and folders 0755, and swaps the
// new folder in only once the whole tarball is out.
func unpack(data []byte, dir string) error {
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := extract(data, tmp); err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}

// extract writes the tarball's entries, less their first path element, into dir.
func extract(data []byte, dir string) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		rel, err := entryPath(h.Name)
		if err != nil {
			return err
		}
		if rel == "" {
			continue
		}
		target := filepath.Join(dir, filepath.FromSlash(rel))
		switch h.Typeflag {
		case tar.TypeDir:
			err = os.MkdirAll(target, 0o755)
		case tar.TypeReg:
			err = writeFile(target, tr)
		case tar.TypeXGlobalHeader, tar.TypeXHeader:
		default:
			err = fmt.Errorf("tarball: %s: not a file or folder (a link?)", h.Name)
		}
		if err != nil {
			return err
		}
	}
}

// entryPath returns name less its first element ("" for the top folder itself), or an error if the
// rest is absolute or climbs out with "..".
func entryPath(name string) (string, error) {
	_, rest, _ := strings.Cut(strings.TrimPrefix(name, "./"), "/")
	if rest == "" || path.Clean(rest) == "." {
		return "", nil
	}
	if strings.Contains(name, `\`) || path.IsAbs(name) || !filepath.IsLocal(filepath.FromSlash(rest)) {
		return "", fmt.Errorf("tarball: %s: path leaves the package", name)
	}
	return path.Clean(rest), nil
}

// writeFile writes r to name (mode 0644), making its folder first.
func writeFile(name string, r io.Reader) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, r)
	return errors.Join(err, f.Close())
}
