// Package webtest tests the built playground in a real browser: headless chromium (Debian's package),
// driven with chromedp. It has no code besides its tests.
//
// The tests serve the folder that FUTURESCOPE_WEB_DIST names (make web builds it) with web/site on
// a free port of 127.0.0.1, open the page as a learner would, and save screenshots in the folder
// FUTURESCOPE_SCREENSHOTS, with the figures they measured (figures.txt). Without
// FUTURESCOPE_WEB_DIST they are skipped, except under make or CI (FUTURESCOPE_REQUIRE, CI=true), where
// that fails: make test-web sets it, after building the site.
package webtest
