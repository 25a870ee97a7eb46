package main

import (
	"fmt"
	"image"

	"github.com/futurescope/futurescope/cmd/native/export"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/svg"
)

// exportKinds are what the window's export commands write (see viewstate.KeyMap: P G J C).
var exportKinds = map[viewstate.Command]export.Kind{
	viewstate.CmdPNG: export.PNG, viewstate.CmdSVG: export.SVG, viewstate.CmdTrace: export.JSON, viewstate.CmdChrome: export.Chrome,
}

// export writes what is shown as kind into --out (else the current directory), in a new file named
// after the script, and says where on screen; snapshot draws the window for a PNG. It returns the
// file's path ("" when nothing was written).
func (s *stage) export(kind export.Kind, snapshot func() *image.RGBA) string {
	if s.last == nil || s.viewer == nil {
		return ""
	}
	path := export.Path(s.win.cfg.Out, s.last.Name, kind)
	st := s.viewer.State()
	var err error
	switch kind {
	case export.PNG:
		err = export.WritePNG(path, snapshot())
	case export.SVG:
		err = export.WriteSVG(path, st.Scene, svg.Options{View: modeName(st.Mode), Lang: s.win.lang})
	case export.JSON:
		err = export.WriteTrace(path, st.Trace)
	case export.Chrome:
		err = export.WriteChrome(path, st.Trace)
	}
	if err != nil {
		s.say(fmt.Sprintf(s.win.ui().notSaved, err))
		return ""
	}
	s.say(fmt.Sprintf(s.win.ui().saved, path))
	return path
}

// modeName returns the render/svg name of view mode m.
func modeName(m viewstate.Mode) string {
	switch m {
	case viewstate.FuturesOnly:
		return "futures"
	case viewstate.ThreadsOnly:
		return "threads"
	}
	return "both"
}
