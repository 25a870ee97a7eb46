package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// report writes the tables, keeping the first write error.
type report struct {
	w   io.Writer
	c   compressor
	err error
}

func (r *report) printf(format string, args ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, args...)
	}
}

func mb(n int) string { return fmt.Sprintf("%8.3f MB", float64(n)/1e6) }
func kb(n int) string { return fmt.Sprintf("%9.1f KB", float64(n)/1e3) }

func (r *report) header(pkg string, shipped []byte) {
	r.printf("%s (GOOS=js GOARCH=wasm, -trimpath -ldflags='-s -w'); compressed: %s\n", pkg, r.c.name())
	r.printf("total %s raw, %s compressed\n\n", mb(len(shipped)), mb(r.c.size(shipped)))
}

func (r *report) sections(m *module) {
	r.printf("%-24s %12s\n", "section", "raw")
	for _, s := range m.sections {
		r.printf("%-24s %s\n", s.kindName(), kb(s.size))
	}
	r.printf("\n")
}

// packageOf returns the Go package a function symbol belongs to. The name section spells a package
// path with '_' for '/' (github.com_x_y.F), so the longest such spelling of a known path, followed by
// '.', names the package.
func packageOf(name string, paths []string) string {
	if name == "" {
		return "(unnamed)"
	}
	if strings.HasPrefix(name, "type:") || strings.HasPrefix(name, "type_") {
		return "(type: equality and hash)"
	}
	best := ""
	for _, p := range paths {
		m := strings.ReplaceAll(p, "/", "_")
		if len(p) > len(best) && strings.HasPrefix(name, m+".") {
			best = p
		}
	}
	if best != "" {
		return best
	}
	if dot := strings.Index(name, "."); dot > 0 {
		return name[:dot]
	}
	return name
}

type group struct {
	name  string
	raw   int
	funcs int
	body  []byte
}

func (r *report) packages(m *module, paths []string, limit int) {
	byPkg := map[string]*group{}
	total := 0
	for _, f := range m.funcs {
		p := packageOf(f.name, paths)
		g := byPkg[p]
		if g == nil {
			g = &group{name: p}
			byPkg[p] = g
		}
		g.raw += len(f.body)
		g.funcs++
		g.body = append(g.body, f.body...)
		total += len(f.body)
	}
	gs := make([]*group, 0, len(byPkg))
	for _, g := range byPkg {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		if gs[i].raw != gs[j].raw {
			return gs[i].raw > gs[j].raw
		}
		return gs[i].name < gs[j].name
	})
	r.printf("code by package (%d functions, %s)\n", len(m.funcs), mb(total))
	r.printf("%-56s %6s %12s %6s %12s\n", "package", "funcs", "raw", "%", "compressed")
	rest := group{name: "(the rest)"}
	for i, g := range gs {
		if i >= limit {
			rest.raw += g.raw
			rest.funcs += g.funcs
			rest.body = append(rest.body, g.body...)
			continue
		}
		r.printf("%-56s %6d %s %5.1f%% %s\n", short(g.name), g.funcs, kb(g.raw), pct(g.raw, total), kb(r.c.size(g.body)))
	}
	if rest.funcs > 0 {
		r.printf("%-56s %6d %s %5.1f%% %s\n", rest.name, rest.funcs, kb(rest.raw), pct(rest.raw, total), kb(r.c.size(rest.body)))
	}
	r.printf("\n")
}

func (r *report) functions(m *module, limit int) {
	fs := append([]function(nil), m.funcs...)
	sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].body) > len(fs[j].body) })
	r.printf("largest functions\n")
	for i := 0; i < limit && i < len(fs); i++ {
		r.printf("%s  %s\n", kb(len(fs[i].body)), short(fs[i].name))
	}
	r.printf("\n")
}

func (r *report) data(m *module, objs []pkgData, limit int) {
	var all []byte
	for _, s := range m.data {
		all = append(all, s.bytes...)
	}
	r.printf("data segments: %d, %s raw, %s compressed (type metadata, strings, embedded files, tables, pclntab)\n\n",
		len(m.data), kb(len(all)), kb(r.c.size(all)))
	r.regions(m, objs)
	sum := map[string]int{}
	total := 0
	for _, d := range objs {
		for k, v := range d.kinds {
			sum[k] += v
		}
		total += d.total
	}
	r.printf("data in the compiled objects, before dead-code removal (an upper bound), by kind\n")
	for _, k := range dataKinds {
		r.printf("%-12s %s\n", k, kb(sum[k]))
	}
	r.printf("%-12s %s\n\n", "total", kb(total))
	r.printf("%-56s %10s %10s %10s %10s %10s\n", "package", "types", "strings", "embedded", "tables", "other")
	for i, d := range objs {
		if i >= limit {
			break
		}
		r.printf("%-56s", short(d.path))
		for _, k := range dataKinds {
			r.printf(" %8.1fKB", float64(d.kinds[k])/1e3)
		}
		r.printf("\n")
	}
}

func pct(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return 100 * float64(n) / float64(total)
}

// short drops the module path from names in this module.
func short(name string) string {
	name = strings.TrimPrefix(name, "github.com/futurescope/futurescope/")
	if len(name) > 90 {
		name = name[:87] + "..."
	}
	return name
}

// regions splits the data segments by what runtime.firstmoduledata says each stretch holds, and says
// where the embedded files went. Each region is compressed alone.
func (r *report) regions(m *module, objs []pkgData) {
	rs, err := regions(m.data)
	if err != nil {
		r.printf("data by region: %v\n\n", err)
		return
	}
	r.printf("data by region (runtime.firstmoduledata's bounds)            raw   compressed\n")
	for _, g := range rs {
		r.printf("%-56s %s %s\n", g.name, kb(len(g.bytes)), kb(r.c.size(g.bytes)))
	}
	r.printf("\nembedded files of 256 bytes or more                          raw   region\n")
	for _, e := range findEmbedded(rs, objs) {
		where := e.region
		if where == "" {
			where = "(not in the binary)"
		}
		r.printf("%-56s %s   %s\n", short(e.pkg)+"/"+e.name, kb(e.size), where)
	}
	r.printf("\n")
}
