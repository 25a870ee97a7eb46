package main

import (
	"io"

	"github.com/futurescope/futurescope/cmd/native/cli"
)

// A Config is what the command line asked for (see cli.Config).
type Config = cli.Config

// parseConfig reads the command line; errors and --help go to stderr.
func parseConfig(args []string, stderr io.Writer) (Config, error) { return cli.Parse(args, stderr) }
