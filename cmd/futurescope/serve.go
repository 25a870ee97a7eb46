package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/futurescope/futurescope/web/site"
)

// serveCommand serves the built web playground until interrupted.
func serveCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("futurescope serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "web/dist", "the built site to serve (make web writes it)")
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on (port 0: any free port)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: futurescope serve [--dir DIR] [--addr HOST:PORT]")
		return 2
	}
	if err := site.Check(os.DirFS(*dir)); err != nil {
		fmt.Fprintf(stderr, "futurescope serve: %s is not a built site (%v): run make web first, or make serve\n", *dir, err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "futurescope serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "futurescope serve: the playground is on http://%s/ (Ctrl+C stops it)\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := serveUntil(ctx, ln, site.Handler(os.DirFS(*dir))); err != nil {
		fmt.Fprintln(stderr, "futurescope serve:", err)
		return 1
	}
	return 0
}

// serveUntil serves h on ln until ctx is done, then shuts the server down.
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
