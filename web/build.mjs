// build.mjs: builds the page into a folder of static files (make web runs it, after the wasm builds).
//
//   node build.mjs [OUT]     OUT defaults to dist
//
// It bundles src/app.js (with CodeMirror), src/worker.js and src/timeline.js with esbuild, one file
// each, and copies static/ beside them. Then it writes the service worker, sw.js (src/sw.js), with
// the list of the site's files and a version: a hash of their contents, wasm binaries included, so
// that each build caches into a cache of its own. The wasm binaries and wasm_exec.js are the
// Makefile's to add, before this runs; the precompressed files after.
import * as esbuild from 'esbuild';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || join(here, 'dist');

/** The files the page loads, which the service worker keeps for offline use (if the build has them). */
const siteFiles = ['index.html', 'style.css', 'app.js', 'worker.js', 'wasm_exec.js', 'runner.wasm',
  'timeline.html', 'timeline.js', 'timeline.wasm'];

const options = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['chrome100', 'firefox100', 'safari16'],
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
};

mkdirSync(out, {recursive: true});
cpSync(join(here, 'static'), out, {recursive: true});
const result = await esbuild.build({
  ...options,
  entryPoints: ['app', 'worker', 'timeline'].map((name) => join(here, 'src', `${name}.js`)),
  outdir: out,
});
report(result);

const assets = siteFiles.filter((name) => existsSync(join(out, name)));
for (const name of ['runner.wasm', 'wasm_exec.js']) {
  if (!assets.includes(name)) console.log(`web: no ${name} in ${out} yet: the offline copy will lack it (make web adds it)`);
}
const version = buildVersion(assets);
report(await esbuild.build({
  ...options,
  entryPoints: [join(here, 'src', 'sw.js')],
  outdir: out,
  define: {BUILD_VERSION: JSON.stringify(version), BUILD_ASSETS: JSON.stringify(assets)},
}));
console.log(`web: build ${version}, ${assets.length} files kept offline`);

// buildVersion hashes the names and contents of the files: any change makes a new version.
function buildVersion(names) {
  const h = createHash('sha256');
  for (const name of names) h.update(`${name}\0`).update(readFileSync(join(out, name))).update('\0');
  return h.digest('hex').slice(0, 16);
}

function report(res) {
  for (const [file, {bytes}] of Object.entries(res.metafile.outputs)) {
    console.log(`web: ${basename(file)} ${(bytes / 1024).toFixed(0)} KiB`);
  }
}
