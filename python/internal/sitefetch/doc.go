// Package sitefetch fetches a file of the playground's site from inside the browser's runner: the
// modules written in Python (python/stdlib) and the table of Unicode names (python/unames), which stay
// out of runner.wasm until a script needs them. The fetch is a synchronous XMLHttpRequest, which a Web
// Worker may make: the import or the parse waits for it. It exists only for GOOS=js.
package sitefetch
