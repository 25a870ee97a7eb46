package export

import (
	"cmp"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"slices"
)

// FrameTimes returns the virtual times of a walkthrough's frames, from 0 to end: one every every
// (every <= 0: 30 to 75 frames, a round step of the 1-2-5 ladder apart), and end itself last.
func FrameTimes(end, every int64) []int64 {
	if every <= 0 {
		every = roundStep(max(end/30, 1))
	}
	var ts []int64
	for t := int64(0); t < end; t += every {
		ts = append(ts, t)
	}
	return append(ts, max(end, 0))
}

// roundStep returns the largest value of the 1-2-5 ladder (1, 2, 5, 10, …) not above d (d ≥ 1).
func roundStep(d int64) int64 {
	best := int64(1)
	for p := int64(1); p <= d; p *= 10 {
		for _, m := range [...]int64{1, 2, 5} {
			if p*m <= d {
				best = p * m
			}
		}
	}
	return best
}

// A Palette maps colours to the 256 or fewer of a GIF: the most frequent colours of the frames it
// was made from, each other colour to the nearest of them.
type Palette struct {
	colors color.Palette
	cache  map[color.RGBA]uint8
}

// NewPalette picks the palette of frames: their 256 most frequent colours (ties by colour value, so
// the same frames always give the same palette). A timeline has a few flat colours and the
// antialiased edges of text between them, so the frequent colours are the ones that matter.
func NewPalette(frames []*image.RGBA) *Palette {
	counts := map[color.RGBA]int{}
	for _, f := range frames {
		for i := 0; i+3 < len(f.Pix); i += 4 {
			counts[color.RGBA{f.Pix[i], f.Pix[i+1], f.Pix[i+2], 0xff}]++
		}
	}
	cs := make([]color.RGBA, 0, len(counts))
	for c := range counts {
		cs = append(cs, c)
	}
	slices.SortFunc(cs, func(a, b color.RGBA) int {
		return cmp.Or(counts[b]-counts[a], cmp.Compare(rgb(a), rgb(b)))
	})
	p := &Palette{cache: map[color.RGBA]uint8{}}
	for i, c := range cs[:min(len(cs), 256)] {
		p.colors = append(p.colors, c)
		p.cache[c] = uint8(i)
	}
	if len(p.colors) == 0 {
		p.colors = color.Palette{color.White}
	}
	return p
}

// rgb packs c into one number, for ordering.
func rgb(c color.RGBA) uint32 { return uint32(c.R)<<16 | uint32(c.G)<<8 | uint32(c.B) }

// Len returns how many colours the palette has.
func (p *Palette) Len() int { return len(p.colors) }

// index returns the palette index of c: its own, else the nearest colour's.
func (p *Palette) index(c color.RGBA) uint8 {
	if i, ok := p.cache[c]; ok {
		return i
	}
	best, bestD := 0, int(^uint(0)>>1)
	for i, q := range p.colors {
		q := q.(color.RGBA)
		dr, dg, db := int(c.R)-int(q.R), int(c.G)-int(q.G), int(c.B)-int(q.B)
		if d := 3*dr*dr + 4*dg*dg + 2*db*db; d < bestD {
			best, bestD = i, d
		}
	}
	p.cache[c] = uint8(best)
	return uint8(best)
}

// Paletted returns img in the palette's colours.
func (p *Palette) Paletted(img *image.RGBA) *image.Paletted {
	out := image.NewPaletted(img.Rect, p.colors)
	b := img.Rect
	for y := b.Min.Y; y < b.Max.Y; y++ {
		src := img.Pix[img.PixOffset(b.Min.X, y):]
		dst := out.Pix[out.PixOffset(b.Min.X, y):]
		for x := range b.Dx() {
			dst[x] = p.index(color.RGBA{src[4*x], src[4*x+1], src[4*x+2], 0xff})
		}
	}
	return out
}

// An Animation collects the frames of an animated GIF one at a time, each turned into the palette's
// colours as it comes, so that a long walkthrough does not hold its frames in full colour. A frame
// after the first stores only the rectangle that changed since the one before, drawn over it.
type Animation struct {
	pal   *Palette
	delay int
	g     gif.GIF
	prev  *image.Paletted // the last frame added, whole
}

// NewAnimation starts an animation whose palette is made from key frames (NewPalette): the first
// and last of a walkthrough hold every colour it uses. Each frame is shown for delay hundredths of
// a second.
func NewAnimation(key []*image.RGBA, delay int) *Animation {
	return &Animation{pal: NewPalette(key), delay: delay}
}

// Add adds a frame, the size of the first.
func (a *Animation) Add(img *image.RGBA) {
	p := a.pal.Paletted(img)
	stored := p
	if a.prev != nil && a.prev.Rect == p.Rect {
		stored = p.SubImage(changed(a.prev, p)).(*image.Paletted)
	}
	a.prev = p
	a.g.Image = append(a.g.Image, stored)
	a.g.Delay = append(a.g.Delay, a.delay)
	a.g.Disposal = append(a.g.Disposal, gif.DisposalNone)
}

// changed returns the smallest rectangle holding every pixel that differs between a and b (of the
// same bounds); one pixel when none does, as a GIF frame cannot be empty.
func changed(a, b *image.Paletted) image.Rectangle {
	r := image.Rectangle{}
	for y := b.Rect.Min.Y; y < b.Rect.Max.Y; y++ {
		ra := a.Pix[a.PixOffset(b.Rect.Min.X, y):][:b.Rect.Dx()]
		rb := b.Pix[b.PixOffset(b.Rect.Min.X, y):][:b.Rect.Dx()]
		x0, x1 := -1, -1
		for x := range rb {
			if ra[x] != rb[x] {
				if x0 < 0 {
					x0 = x
				}
				x1 = x
			}
		}
		if x0 >= 0 {
			r = r.Union(image.Rect(b.Rect.Min.X+x0, y, b.Rect.Min.X+x1+1, y+1))
		}
	}
	if r.Empty() {
		return image.Rect(b.Rect.Min.X, b.Rect.Min.Y, b.Rect.Min.X+1, b.Rect.Min.Y+1)
	}
	return r
}

// Len returns how many frames were added.
func (a *Animation) Len() int { return len(a.g.Image) }

// Encode writes the animation as a GIF that loops, its last frame held for hold hundredths of a
// second.
func (a *Animation) Encode(w io.Writer, hold int) error {
	if len(a.g.Image) == 0 {
		return fmt.Errorf("gif: no frames")
	}
	a.g.Delay[len(a.g.Delay)-1] = hold
	return gif.EncodeAll(w, &a.g)
}

// EncodeGIF writes frames as an animated GIF that loops: each frame shown for delay hundredths of a
// second, the last one for hold, all in one palette (NewPalette of the first and last frames).
func EncodeGIF(w io.Writer, frames []*image.RGBA, delay, hold int) error {
	if len(frames) == 0 {
		return fmt.Errorf("gif: no frames")
	}
	a := NewAnimation([]*image.RGBA{frames[0], frames[len(frames)-1]}, delay)
	for _, f := range frames {
		a.Add(f)
	}
	return a.Encode(w, hold)
}

// WriteGIF writes frames as an animated GIF (see EncodeGIF) to a new file at path.
func WriteGIF(path string, frames []*image.RGBA, delay, hold int) error {
	return create(path, func(w io.Writer) error { return EncodeGIF(w, frames, delay, hold) })
}
