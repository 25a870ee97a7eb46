// timeline.js: runs inside timeline.html, the same-origin iframe that holds the timeline. It starts
// the interactive viewer (timeline.wasm, cmd/wasm, drawn by ebiten with WebGL2) and, where that is not
// possible (no WebGL2, or no timeline.wasm in this build), shows render/svg's static picture instead.
// It answers the page's messages (web/README.md) and tells it when each run has been drawn.

const svgBox = document.getElementById('svg');

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

function reply(msg) {
  parent.postMessage(msg, location.origin);
}

// startViewer loads timeline.wasm and reports whether the viewer runs.
async function startViewer() {
  if (new URLSearchParams(location.search).get('mode') === 'svg') return false;
  if (!document.createElement('canvas').getContext('webgl2')) return false;
  const resp = await fetch('timeline.wasm');
  if (!resp.ok) return false;
  const go = new Go();
  const {instance} = resp.headers.get('content-type') === 'application/wasm'
    ? await WebAssembly.instantiateStreaming(resp, go.importObject)
    : await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
  go.run(instance);
  api = self.futurescopeTimeline || null;
  return api !== null;
}

// drawn resolves with true once the viewer has drawn a frame of the run it was given, or with false
// if it has not within timeoutMs (the viewer failed). The viewer draws only frames that differ from
// the last, so this watches which run the last frame drawn showed, not how many frames there were.
// The viewer lays a run out in the background: the time it takes does not count against timeoutMs.
function drawn(timeoutMs) {
  const start = api.state().loaded;
  let deadline = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      const s = api.state();
      if (s.loading) deadline = performance.now() + timeoutMs;
      if (s.shown && !s.loading && s.drawn > start) resolve(true);
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
  document.body.classList.replace('viewer', 'svg');
  for (const c of document.querySelectorAll('body > canvas')) c.remove();
}

async function show(m) {
  if (mode === 'viewer') {
    const err = api.show(m.traceBin || m.traceJSON, m.source || '', {...(m.view ? {view: m.view} : {}), ...(m.at >= 0 ? {at: m.at} : {}),
      ...(m.lang ? {lang: m.lang} : {})});
    if (err instanceof Error) return reply({type: 'shown', mode, error: err.message});
    if (!(await drawn(8000))) fallBack('the viewer drew nothing in 8 s');
  }
  if (mode === 'svg') {
    // A big run has no picture drawn with it (the runner draws it only on export).
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
  if (m.type === 'show') show(m);
  else if (m.type === 'command' && api) api.command(m.op, m.arg);
  else if (m.type === 'state') reply({type: 'state', id: m.id, state: state()});
});

startViewer()
  .catch((err) => (console.warn('timeline: the interactive viewer could not start:', err), false))
  .then((ok) => {
    mode = ok ? 'viewer' : 'svg';
    document.body.classList.add(mode);
    reply({type: 'ready', mode});
  });
