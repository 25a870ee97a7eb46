// build.mjs: builds the page into a folder of static files (make web runs it, after the wasm builds).
//
//   node build.mjs [OUT]     OUT defaults to dist
//
// It bundles src/app.js (with CodeMirror), src/worker.js and src/timeline.js with esbuild, one file
// each, and copies static/ beside them. The wasm binaries, wasm_exec.js and the precompressed files
// are the Makefile's to add.
import * as esbuild from 'esbuild';
import {cpSync, mkdirSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || join(here, 'dist');

mkdirSync(out, {recursive: true});
cpSync(join(here, 'static'), out, {recursive: true});
const result = await esbuild.build({
  entryPoints: ['app', 'worker', 'timeline'].map((name) => join(here, 'src', `${name}.js`)),
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome100', 'firefox100', 'safari16'],
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});
for (const [file, {bytes}] of Object.entries(result.metafile.outputs)) {
  console.log(`web: ${basename(file)} ${(bytes / 1024).toFixed(0)} KiB`);
}
