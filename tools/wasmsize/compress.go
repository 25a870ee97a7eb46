package main

import (
	"bytes"
	"compress/gzip"
	"os/exec"
)

// compressor measures compressed sizes: brotli -q 11 when the command exists, else gzip -9.
type compressor struct {
	brotli string
}

func newCompressor() compressor {
	p, err := exec.LookPath("brotli")
	if err != nil {
		return compressor{}
	}
	return compressor{brotli: p}
}

// name says which compressor the figures come from.
func (c compressor) name() string {
	if c.brotli != "" {
		return "brotli -q 11"
	}
	return "gzip -9 (no brotli on PATH)"
}

// size returns the compressed size of b, or -1 if compressing failed.
func (c compressor) size(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	if c.brotli != "" {
		cmd := exec.Command(c.brotli, "-c", "-q", "11")
		cmd.Stdin = bytes.NewReader(b)
		out, err := cmd.Output()
		if err != nil {
			return -1
		}
		return len(out)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	if zw.Close() != nil {
		return -1
	}
	return buf.Len()
}
