// Command webbuild builds the playground's page into a folder of static files, with Go only:
//
//	go run ./tools/webbuild [-web DIR] [OUT]
//
// make web runs it after the wasm builds, and before tools/precompress. DIR is the page's sources
// (default web), OUT the folder to write (default DIR/dist). It does what `npm ci` and an esbuild
// script did:
//
//   - It fetches the JavaScript packages DIR/package-lock.json pins (CodeMirror and what it needs,
//     fflate for share links) into DIR/node_modules: each package whose package.json is missing or
//     names another version is downloaded from the npm registry ($npm_config_registry, default https://registry.npmjs.org),
//     checked against the lock file's sha512 integrity and unpacked. esbuild and its platform
//     binaries are never fetched (esbuild's Go API bundles), nor any package marked dev or optional.
//     Packages npm put there already are kept when their version matches.
//   - It bundles src/app.js (with CodeMirror), src/worker.js and src/timeline.js with esbuild's Go
//     API, one file each (minified, iife, for chrome100, firefox100 and safari16, licenses at the
//     end), and copies static/ beside them.
//   - It writes the service worker, sw.js (src/sw.js), with BUILD_ASSETS, the site's files that OUT
//     has, and BUILD_VERSION, a hash of their names and contents (wasm binaries included), so that
//     each build caches into a cache of its own. The wasm binaries and wasm_exec.js are the
//     Makefile's to add, before this runs; the precompressed copies after.
//
// It never touches OUT's other files, and never runs node or npm.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("webbuild: ")
	web := flag.String("web", "web", "the page's sources: package-lock.json, src, static; node_modules is written there")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: webbuild [-web DIR] [OUT]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	out := filepath.Join(*web, "dist")
	if flag.NArg() == 1 {
		out = flag.Arg(0)
	}
	f := newFetcher(os.Getenv("npm_config_registry"), os.Stdout)
	if err := f.install(filepath.Join(*web, "package-lock.json"), filepath.Join(*web, "node_modules")); err != nil {
		log.Fatal(err)
	}
	if err := build(*web, out, os.Stdout); err != nil {
		log.Fatal(err)
	}
}
