package doclayout

import "github.com/futurescope/futurescope/lessons"

// tableRows returns how many blocks at the start of blocks are rows of one table.
func tableRows(blocks []lessons.DocBlock) int {
	n := 0
	for n < len(blocks) && (blocks[n].Kind == lessons.DocTableHeader || blocks[n].Kind == lessons.DocTableRow) {
		if n > 0 && blocks[n].Kind == lessons.DocTableHeader {
			break // a new table
		}
		n++
	}
	return max(n, 1)
}

// table lays out the rows of one table: columns as wide as their widest cell when that fits, else
// shared out in proportion, each cell wrapped in its column; a line under each row.
func (l *layouter) table(rows []lessons.DocBlock) {
	x := l.left(rows[0])
	cols := l.columns(rows, l.p.Width-x)
	pad := cellPad * l.u
	for _, row := range rows {
		font := Body
		if row.Kind == lessons.DocTableHeader {
			font = Bold
		}
		top, bottom := l.y, l.y
		cx := x
		for c, w := range cols {
			var spans []lessons.Span
			if c < len(row.Cells) {
				spans = row.Cells[c]
			}
			l.y = top
			l.text(bold(spans, font == Bold), font, cx+pad, w-2*pad)
			bottom = max(bottom, l.y)
			cx += w
		}
		l.y = bottom
		if row.Kind == lessons.DocTableHeader {
			l.p.Boxes = append(l.p.Boxes, Box{Kind: TableHeaderBox, X: x, Y: top, W: cx - x, H: bottom - top})
		}
		l.p.Boxes = append(l.p.Boxes, Box{Kind: RuleLine, X: x, Y: bottom, W: cx - x, H: l.u})
		l.y += l.u
		l.mark(top, row)
	}
}

// bold returns spans, all strong when on is set.
func bold(spans []lessons.Span, on bool) []lessons.Span {
	if !on {
		return spans
	}
	out := make([]lessons.Span, len(spans))
	for i, s := range spans {
		s.Strong = !s.Code
		out[i] = s
	}
	return out
}

// columns returns the widths of the table's columns, together at most width.
func (l *layouter) columns(rows []lessons.DocBlock, width float64) []float64 {
	var natural []float64
	pad := cellPad * l.u
	for _, row := range rows {
		for c, cell := range row.Cells {
			if c >= len(natural) {
				natural = append(natural, 0)
			}
			w := 0.0
			for _, ln := range l.wr.wrap(cell, Bold, 1e9) {
				w = max(w, ln.w)
			}
			natural[c] = max(natural[c], w+2*pad)
		}
	}
	total := 0.0
	for _, w := range natural {
		total += w
	}
	if total <= width || total == 0 {
		return natural
	}
	out := make([]float64, len(natural))
	for i, w := range natural {
		out[i] = width * w / total
	}
	return out
}
