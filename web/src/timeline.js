// timeline.js: runs inside timeline.html, the same-origin iframe that holds the timeline. It starts
// the interactive viewer (timeline.wasm, cmd/wasm, drawn by ebiten with WebGL2) and, where that is not
// possible (no WebGL2, or no timeline.wasm in this build), shows render/svg's static picture instead.
// It answers the page's messages (web/README.md) and tells it when each run has been drawn.
//
// A first visit is fast: the page may send a run as soon as this script has loaded ('loaded'), before
// the viewer is up ('ready'). Its static picture is shown at once, and only then does the viewer
// start loading, under a progress bar that counts its bytes; once the viewer is up it draws that run
// in the picture's place, and only then says 'shown'.
import {fetchCounted, progressText} from './counted.js';

const svgBox = document.getElementById('svg');
const progress = document.getElementById('progress');
let early = null; // the latest run the page sent before the viewer was up
let lang = new URLSearchParams(location.search).get('lang') || 'en';

// An idle viewer sleeps (cmd/wasm: setAsleep): while globalThis.futurescopeAsleep is true, the
// animation frame ebiten asks for is held here, so an idle timeline costs the page nothing, and
// futurescopeRelease, which the viewer calls when input, a command or a run wakes it, asks for it.
// Installed before timeline.wasm starts, since ebiten keeps the function it finds.
const askFrame = self.requestAnimationFrame.bind(self);
let heldFrame = null;
self.requestAnimationFrame = (cb) => {
  if (!self.futurescopeAsleep) return askFrame(cb);
  heldFrame = cb;
  return 0;
};
self.futurescopeRelease = () => {
  const cb = heldFrame;
  heldFrame = null;
  if (cb) askFrame(cb);
};
let mode = '';
let api = null;

// The viewer gives the selection's details whole (cmd/wasm: pushDetails), lines of {text, tone},
// with its canvas panel's box in CSS pixels; null when nothing is selected. They are laid over that
// panel, wrapped: results and exception messages are read in full, selected and copied. Esc or ×
// closes them (and the viewer's selection).
const details = document.getElementById('details');
const detailsBody = details.querySelector('.body');
self.futurescopeDetails = (lines, box) => {
  if (!lines) {
    details.hidden = true;
    return;
  }
  detailsBody.replaceChildren(...lines.map((l) => {
    const div = document.createElement('div');
    div.className = `line ${l.tone}`;
    const span = l.tone === 'code' ? div.appendChild(document.createElement('span')) : div;
    span.textContent = l.text;
    return div;
  }));
  const fits = box && box.h >= 40;
  Object.assign(details.style, fits
    ? {left: `${box.x}px`, top: `${box.y}px`, width: `${box.w}px`, height: `${box.h}px`, right: 'auto', bottom: 'auto', maxHeight: 'none'}
    : {left: '', top: '', width: '', height: '', right: '', bottom: '', maxHeight: ''});
  details.hidden = false;
};
details.querySelector('.close').addEventListener('click', () => api && api.command('unselect'));

function reply(msg) {
  parent.postMessage(msg, location.origin);
}

// startViewer loads timeline.wasm and reports whether the viewer runs.
async function startViewer() {
  if (new URLSearchParams(location.search).get('mode') === 'svg') return false;
  if (!document.createElement('canvas').getContext('webgl2')) return false;
  const resp = await fetchCounted('timeline.wasm', showProgress);
  if (!resp.ok) return false;
  const go = new Go();
  const {instance} = resp.headers.get('content-type') === 'application/wasm'
    ? await WebAssembly.instantiateStreaming(resp, go.importObject)
    : await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
  progress.hidden = true;
  go.run(instance);
  api = self.futurescopeTimeline || null;
  return api !== null;
}

// showProgress draws the loading viewer's progress bar: bytes of total (0: unknown) arrived.
let shownPct = -1;
function showProgress(bytes, total) {
  const what = lang === 'zh' ? '正在加载交互式时间线' : 'Loading the interactive timeline';
  const {pct, text} = progressText(what, bytes, total);
  if (pct === shownPct && pct >= 0) return;
  shownPct = pct;
  progress.hidden = false;
  progress.querySelector('.text').textContent = text;
  progress.querySelector('.fill').style.width = `${Math.max(pct, 0)}%`;
  if (pct >= 0) progress.setAttribute('aria-valuenow', String(pct));
  self.futurescopeProgress = {bytes, total};
}

// preview shows a run's static picture while the viewer loads.
function preview(m) {
  if (m.lang) lang = m.lang;
  if (!m.svg) return;
  svgBox.innerHTML = m.svg;
  document.body.classList.add('preview');
  self.futurescopePreviewedAt = self.futurescopePreviewedAt || performance.now();
  reply({type: 'previewed'});
}

// drawn resolves with true once the viewer has drawn a frame of the run it was given, or with false
// if it has not within timeoutMs (the viewer failed). The viewer draws only frames that differ from
// the last, so this watches which run the last frame drawn showed, not how many frames there were.
// The viewer decodes and lays a run out in the background, pausing often so that the page never
// waits for it: the time that takes does not count against timeoutMs. A trace that does not decode
// resolves with the viewer's error (a string).
function drawn(timeoutMs) {
  const start = api.state().loaded;
  let deadline = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      const s = api.state();
      if (s.loading) deadline = performance.now() + timeoutMs;
      if (!s.loading && s.error) resolve(s.error);
      else if (s.shown && !s.loading && s.drawn > start) resolve(true);
      else if (performance.now() > deadline) resolve(false);
      else setTimeout(check, 16);
    };
    check();
  });
}

// fallBack gives up on the viewer for the static picture.
function fallBack(why) {
  console.warn('timeline: showing the static picture:', why);
  mode = 'svg';
  api = null;
  document.body.classList.remove('preview');
  document.body.classList.replace('viewer', 'svg');
  for (const c of document.querySelectorAll('body > canvas')) c.remove();
}

async function show(m) {
  if (m.lang) lang = m.lang;
  if (mode === 'viewer') {
    const err = api.show(m.traceBin, m.source || '', {...(m.view ? {view: m.view} : {}), ...(m.at >= 0 ? {at: m.at} : {}),
      ...(m.lang ? {lang: m.lang} : {})});
    if (err instanceof Error) return reply({type: 'shown', mode, error: err.message});
    const ok = await drawn(8000);
    if (typeof ok === 'string') return reply({type: 'shown', mode, error: ok});
    if (!ok) fallBack('the viewer drew nothing in 8 s');
    else document.body.classList.remove('preview');
  }
  if (mode === 'svg') {
    // A big run has no picture drawn with it (draw.wasm draws it only on export), nor has one whose
    // picture could not be drawn.
    svgBox.innerHTML = m.svg || `<p class="too-big">${m.lang === 'zh' ? '这次运行太大，画不成静态图：请导出为 SVG。'
      : 'This run is too big for the static picture: export it as SVG.'}</p>`;
    document.body.classList.add('has-svg');
  }
  reply({type: 'shown', mode});
}

function state() {
  if (api) return api.state();
  return {shown: svgBox.childElementCount > 0, playhead: 0, end: 0, playing: false, view: 'both', lang: 'en'};
}

// Ctrl/⌘+Enter runs the script even when the timeline has the focus.
addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) reply({type: 'run'});
}, true);

addEventListener('message', (e) => {
  if (e.source !== parent || e.origin !== location.origin) return;
  const m = e.data;
  if (m.type === 'show' && !mode) (early = m), preview(m), firstRun();
  else if (m.type === 'show') show(m);
  else if (m.type === 'command' && api) api.command(m.op, m.arg);
  else if (m.type === 'state') reply({type: 'state', id: m.id, state: state()});
});

// The page may send runs from now on: they are previewed until the viewer is up.
self.futurescopeLoaded = true;
reply({type: 'loaded'});

// The viewer loads once the page's first run is here (its picture shown), or after viewerDelayMs:
// until then the page, which fetches that run (a small file of the course's, or the simulator for a
// script of the learner's), has the network and the processor to itself, so the picture comes first.
const viewerDelayMs = 5000;
let firstRun;
const firstRunHere = new Promise((resolve) => (firstRun = resolve));
setTimeout(() => firstRun(), viewerDelayMs);

firstRunHere.then(startViewer)
  .catch((err) => (console.warn('timeline: the interactive viewer could not start:', err), false))
  .then((ok) => {
    mode = ok ? 'viewer' : 'svg';
    progress.hidden = true;
    if (mode === 'svg') document.body.classList.remove('preview');
    document.body.classList.add(mode);
    reply({type: 'ready', mode});
    if (early) show(early);
    early = null;
  });
