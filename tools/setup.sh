#!/usr/bin/env bash
# setup.sh: makes sure this machine has what the test suite needs besides Go.
#
#   tools/setup.sh check   install what is missing (as root, on Debian), or say how to, and fail
#   tools/setup.sh list    print the package list, one a line
#
# `make test` runs `check` first; .ci/run runs it too, before it needs `make`. The list below is the one
# place that names the packages: add a package here, not in the Makefile or .ci/run.
set -euo pipefail

# ==== PACKAGES ===============================================================================================
# Debian packages the suite needs, as words PACKAGE or PACKAGE:COMMAND. A package counts as present
# when dpkg has it installed or, if COMMAND is given, when COMMAND is on PATH (so a node or gcc installed
# some other way will do).
PACKAGES=(
	make:make              # the Makefile is the front door
	gcc:gcc                # cgo, which `go test -race` needs
	libc6-dev              # the C headers cgo compiles against (gcc only recommends them)
	ca-certificates        # go fetching modules over HTTPS
	nodejs:node            # wasm-check: go_js_wasm_exec runs GOOS=js GOARCH=wasm tests under node; the share-link tests
	python3:python3        # the CPython differential tests (3.11 or later: Debian 12's is; internal/cpythontest)
	brotli:brotli          # make web: the .br copies of the wasm (without it, .gz only)
	chromium:chromium      # test-web: the browser tests (chromedp)
	fonts-wqy-microhei     # test-web: a CJK font, so screenshots of the Chinese lessons show their text
	# ebiten's X11/GL headers (render/ebitenview, cmd/native, with cgo):
	libx11-dev libxrandr-dev libxcursor-dev libxinerama-dev libxi-dev libxxf86vm-dev libgl-dev
	xvfb:xvfb-run          # make test-gui: tests of packages that import ebiten need a display
	xauth                  # xvfb-run needs it
	# Planned: uncomment each group in the change that brings the code needing it.
)
# =============================================================================================================

# present reports whether the PACKAGE[:COMMAND] entry $1 is installed.
present() {
	local pkg=${1%%:*} cmd=
	[[ $1 == *:* ]] && cmd=${1#*:}
	if [[ -n $cmd ]] && command -v "$cmd" >/dev/null 2>&1; then
		return 0
	fi
	if command -v dpkg-query >/dev/null 2>&1; then
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'
		return
	fi
	# No dpkg (not Debian): a package without a command to look for can't be checked; don't block on it.
	[[ -z $cmd ]]
}

# missing prints the packages of the list that are not present, space-separated.
missing() {
	local entry out=()
	for entry in "${PACKAGES[@]}"; do
		present "$entry" || out+=("${entry%%:*}")
	done
	echo "${out[*]}"
}

check() {
	local need
	need=$(missing)
	if [[ -z $need ]]; then
		echo "setup: all ${#PACKAGES[@]} packages present"
		return 0
	fi
	echo "setup: missing: $need"
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "setup: no apt-get here; install the equivalents of: $need" >&2
		return 1
	fi
	if [[ $(id -u) -ne 0 ]]; then
		echo "setup: run this, then try again:" >&2
		echo "    sudo apt-get install -y --no-install-recommends $need" >&2
		echo "setup: (if apt-get can't find a package, run 'sudo apt-get update' first)" >&2
		return 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086 # $need is a list of words
	apt-get update -q && apt-get install -y -q --no-install-recommends $need
	need=$(missing)
	if [[ -n $need ]]; then
		echo "setup: still missing after apt-get install: $need" >&2
		return 1
	fi
	echo "setup: installed what was missing"
}

case ${1:-} in
check) check ;;
list) printf '%s\n' "${PACKAGES[@]%%:*}" ;;
*)
	echo "usage: tools/setup.sh check|list" >&2
	exit 2
	;;
esac
