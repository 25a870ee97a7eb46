package main

import (
	"fmt"

	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// A command is something the page asked the viewer to do: an intent, a switch to a view, or a
// switch of the viewer's language.
type command struct {
	intent  viewstate.Intent
	mode    viewstate.Mode
	setMode bool
	lang    string // "en" or "zh"; "" leaves the language alone
}

// parseCommand reads command(op, arg) as the page sends it; num is arg as a number, str as a string.
func parseCommand(op string, num float64, str string) (command, error) {
	switch op {
	case "play":
		return command{intent: viewstate.Play()}, nil
	case "step":
		return command{intent: viewstate.Step(int(num))}, nil
	case "seek":
		return command{intent: viewstate.Seek(int64(num))}, nil
	case "fit":
		return command{intent: viewstate.Fit()}, nil
	case "help":
		return command{intent: viewstate.ToggleHelp()}, nil
	case "unselect":
		return command{intent: viewstate.Select(viewstate.Target{})}, nil
	case "view":
		m, err := parseMode(str)
		return command{mode: m, setMode: true}, err
	case "lang":
		lang, err := parseLang(str)
		return command{lang: lang}, err
	}
	return command{}, fmt.Errorf("command: unknown op %q", op)
}

// parseMode reads a view name as lessons write it (view=futures|threads|both); "" is both.
func parseMode(view string) (viewstate.Mode, error) {
	switch view {
	case "", "both":
		return viewstate.Both, nil
	case "futures":
		return viewstate.FuturesOnly, nil
	case "threads":
		return viewstate.ThreadsOnly, nil
	}
	return viewstate.Both, fmt.Errorf("view: got %q, want futures, threads or both", view)
}

// modeName is parseMode's inverse.
func modeName(m viewstate.Mode) string {
	switch m {
	case viewstate.FuturesOnly:
		return "futures"
	case viewstate.ThreadsOnly:
		return "threads"
	}
	return "both"
}

// parseLang reads the language of the viewer's words, as the page names it: "en" or "zh".
func parseLang(lang string) (string, error) {
	if lang != "en" && lang != "zh" {
		return "", fmt.Errorf("lang: got %q, want en or zh", lang)
	}
	return lang, nil
}
