package main

import (
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		op      string
		num     float64
		str     string
		want    command
		wantErr bool
	}{
		{op: "play", want: command{intent: viewstate.Play()}},
		{op: "step", num: -1, want: command{intent: viewstate.Step(-1)}},
		{op: "seek", num: 5e8, want: command{intent: viewstate.Seek(500_000_000)}},
		{op: "fit", want: command{intent: viewstate.Fit()}},
		{op: "help", want: command{intent: viewstate.ToggleHelp()}},
		{op: "unselect", want: command{intent: viewstate.Select(viewstate.Target{})}},
		{op: "view", str: "threads", want: command{mode: viewstate.ThreadsOnly, setMode: true}},
		{op: "view", str: "both", want: command{mode: viewstate.Both, setMode: true}},
		{op: "view", str: "lanes", wantErr: true},
		{op: "lang", str: "zh", want: command{lang: "zh"}},
		{op: "lang", str: "en", want: command{lang: "en"}},
		{op: "lang", str: "fr", wantErr: true},
		{op: "lang", wantErr: true},
		{op: "dance", wantErr: true},
	}
	for _, tt := range tests {
		got, err := parseCommand(tt.op, tt.num, tt.str)
		if (err != nil) != tt.wantErr || (!tt.wantErr && got != tt.want) {
			t.Errorf("parseCommand(%q, %v, %q) = %+v, %v; want %+v (error %v)", tt.op, tt.num, tt.str, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestModeNames(t *testing.T) {
	for _, name := range []string{"futures", "threads", "both"} {
		m, err := parseMode(name)
		if err != nil || modeName(m) != name {
			t.Errorf("modeName(parseMode(%q)) = %q, %v", name, modeName(m), err)
		}
	}
}
