// sw.js: the service worker that keeps the playground working offline once it has been loaded.
//
// tools/webbuild bundles it with two constants: BUILD_VERSION, a hash of the built files' contents, and
// BUILD_ASSETS, the files of the build (both wasm binaries, unicode-names.txt, the course's files: every
// lesson and its blocks' runs, course/…). A first visit must stay cheap (issue 13: at most 3 MB in
// all), so on install the worker keeps only the shell, the files a first visit loads anyway (the page,
// its scripts and style, the timeline's frame and timeline.wasm, the course's lists of lessons, the
// runner's small scripts), into a cache named after the build; everything else of the build (runner.wasm,
// draw.wasm, unicode-names.txt, each lesson and run, compare.wasm) it keeps when the page fetches it. The page
// also tells it (a 'keep' message) the build's files it loaded before the worker took control, the
// first lesson's among them. On activate it deletes the caches of earlier builds of this same site
// (same scope) and takes control of the open pages. Then:
//
//   - HTML (a page or the timeline's frame: a navigation) is network first: a fresh copy when the
//     network answers within htmlTimeoutMs, which also refreshes the cache; the cached one otherwise.
//   - The other files of the build are cache first: they belong to the build the cache is named after,
//     and one fetched from the network is kept.
//   - Anything else (another origin, a file not in the build) goes to the network untouched.
//
// So offline the page has what was loaded: the lessons opened, editing and running once the
// simulator (runner.wasm) was loaded once, comparing with a recorded run once compare.wasm was; a
// lesson never opened, or a binary never loaded, fails to fetch and the page says it needs the network.
//
// What is cached is what the browser got: the server may send runner.wasm as its .br or .gz copy with
// a Content-Encoding, and fetch hands the service worker the decoded bytes, which is what it stores
// under runner.wasm. Every URL is relative to the worker's scope, so the site works at any sub-path.
/* global BUILD_VERSION, BUILD_ASSETS */

const prefix = `futurescope:${self.registration.scope}:`;
const cacheName = prefix + BUILD_VERSION;
const htmlTimeoutMs = 4000;
const assets = new Set(BUILD_ASSETS.map((name) => new URL(name, self.registration.scope).href));
// lazy matches the build's files a first visit does not load: kept only once the page fetches them.
const lazy = /^(runner|compare|draw)\.wasm$|\.txt$|^course\/[^/]+\/|^pylib\//;
const shell = BUILD_ASSETS.filter((name) => !lazy.test(name)).map((name) => new URL(name, self.registration.scope).href);

self.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    // cache: 'no-cache' asks the server whether the browser's copy is current (it is: the page has just
    // loaded them), so the cache holds the shell without downloading it twice.
    await cache.addAll(shell.map((url) => new Request(url, {cache: 'no-cache'})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (e) => {
  e.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(prefix) && name !== cacheName) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// A 'keep' message lists files the page loaded before this worker controlled it: those of the build
// are kept as the browser has them (a revalidation each), unless the cache has them already.
self.addEventListener('message', (e) => {
  if (e.data?.type !== 'keep' || !Array.isArray(e.data.urls)) return;
  e.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    for (const url of new Set(e.data.urls.map(withoutSearch))) {
      if (!assets.has(url) || (await cache.match(url, {ignoreVary: true}))) continue;
      try {
        const resp = await fetch(new Request(url, {cache: 'no-cache'}));
        if (resp.ok) await cache.put(url, resp);
      } catch {
        // Offline already: the file is fetched again, and kept, the next time the page asks for it.
      }
    }
  })());
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || !req.url.startsWith(self.registration.scope)) return;
  if (req.mode === 'navigate') e.respondWith(networkFirst(req));
  else if (assets.has(withoutSearch(req.url))) e.respondWith(cacheFirst(req));
});

// networkFirst answers a navigation from the network, or from the cache when the network fails or is slow.
async function networkFirst(req) {
  const cache = await caches.open(cacheName);
  const key = cacheKey(req.url);
  const net = fetch(req);
  try {
    const resp = await withTimeout(net, htmlTimeoutMs);
    if (resp.ok && assets.has(key)) await cache.put(key, resp.clone());
    return resp;
  } catch {
    // Offline, or slow: the cached copy, else whatever the network makes of it in the end.
    return (await cache.match(key, {ignoreVary: true})) || net;
  }
}

// cacheFirst answers a file of the build from the cache, or from the network (and keeps it).
async function cacheFirst(req) {
  const cache = await caches.open(cacheName);
  const key = withoutSearch(req.url);
  const cached = await cache.match(key, {ignoreVary: true});
  if (cached) return cached;
  const resp = await fetch(req);
  if (resp.ok) await cache.put(key, resp.clone());
  return resp;
}

// cacheKey is the cached file a navigation to url shows: the scope itself is its index.html.
function cacheKey(url) {
  const u = withoutSearch(url);
  return u.endsWith('/') ? u + 'index.html' : u;
}

function withoutSearch(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then((v) => (clearTimeout(timer), resolve(v)), (err) => (clearTimeout(timer), reject(err)));
  });
}
