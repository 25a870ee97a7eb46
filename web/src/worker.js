// worker.js: a Web Worker around one of the page's worker binaries: the simulator (runner.wasm,
// cmd/wasm/runner: run, stop) or the drawing and exporting binary (draw.wasm, cmd/wasm/draw: svg,
// chromeTrace, traceJSON, export). Each sets globalThis.futurescope; the page starts a worker for each
// (runner.js). Given the compiled module ({type: 'load', module}), it answers {id, type, args} with
// {id, ok, result} or {id, ok: false, error}; it first posts {type: 'ready'} once the binary has
// loaded, or {type: 'fatal', error} if it could not, and {type: 'exited'} if the binary ever stops (a
// crash). {type: 'stop'} ends the run in progress: it answers with its partial result, the error
// "cancelled". {id, type: 'export', args: [kind, traceBin, lang]} streams an export ('chrome', 'trace'
// or 'svg' of a run's binary trace): draw.wasm writes it in chunks of about a megabyte, which gather
// here into a Blob; it posts {id, type: 'progress', bytes, progress} after each (bytes so far, progress
// from 0 to 1), then {id, ok: true, result: blob}. {type: 'cancelExport', id} stops it, and it answers
// with the error "export: cancelled". See web/README.md.
importScripts('wasm_exec.js');

// The page compiles each binary once and sends the module to each worker it starts on it ({type:
// 'load', module}), so that a restarted worker is ready at once and works offline.
let load;
const module = new Promise((resolve) => (load = resolve));

const loaded = (async () => {
  const go = new Go();
  const instance = await WebAssembly.instantiate(await module, go.importObject);
  // The Go program never exits by itself: if it does, it panicked, and this worker is of no more use.
  go.run(instance).then(() => postMessage({type: 'exited'}));
  if (!self.futurescope) throw new Error('the worker\'s binary did not start');
  return self.futurescope;
})();

loaded.then(
  (api) => postMessage({type: 'ready', version: api.version}),
  (err) => postMessage({type: 'fatal', error: String(err && err.message || err)}),
);

// calls are the calls a page may make, of the binary that has them.
const calls = ['run', 'svg', 'chromeTrace', 'traceJSON'];

// runs chains the runs: run() returns a Promise and lets this worker's messages in while it runs
// (so that {type: 'stop'} reaches it), and a run asked for meanwhile starts when the one before ends.
let runs = Promise.resolve();

// exporting maps the id of each export in progress to its handle in the simulator.
const exporting = new Map();

// streamExport gathers an export chunk by chunk into a Blob, telling the page how far it got and
// letting messages in between (a cancelExport). The page gets the Blob, a handle on data the browser
// keeps: its main thread never holds or copies the export's bytes.
async function streamExport(api, id, [kind, traceBin, lang = '']) {
  const handle = api.exportStart(kind, traceBin, lang || '');
  if (handle instanceof Error) throw handle;
  exporting.set(id, handle);
  const parts = [];
  let chunks = [];
  let bytes = 0;
  try {
    for (;;) {
      const {chunk, progress, done} = await api.exportNext(handle);
      if (done) return new Blob([...parts, ...chunks]);
      chunks.push(chunk);
      if (chunks.length === 8) {
        parts.push(new Blob(chunks));
        chunks = [];
      }
      bytes += chunk.byteLength;
      postMessage({id, type: 'progress', bytes, progress});
      await nextTask();
    }
  } finally {
    exporting.delete(id);
  }
}

// nextTask resolves in a task of its own, after the messages already queued (a MessageChannel's
// message: unlike setTimeout, not clamped to 4 ms).
function nextTask() {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

onmessage = async (e) => {
  if (e.data.type === 'load') return load(e.data.module);
  if (e.data.type === 'stop') return loaded.then((api) => api.stop && api.stop(), () => {});
  if (e.data.type === 'cancelExport') {
    const handle = exporting.get(e.data.id);
    return handle && loaded.then((api) => api.exportCancel(handle), () => {});
  }
  const {id, type, args = []} = e.data;
  try {
    const api = await loaded;
    const call = type === 'export' ? 'exportStart' : type;
    if ((!calls.includes(type) && type !== 'export') || typeof api[call] !== 'function') throw new Error(`worker: unknown call ${type}`);
    let result;
    if (type === 'export') {
      result = await streamExport(api, id, args);
    } else if (type === 'run') {
      const run = runs.then(() => api.run(...args));
      runs = run.catch(() => {});
      result = await run;
    } else {
      result = api[type](...args);
    }
    if (result instanceof Error) throw result;
    // A run's binary trace (megabytes for a big run) moves to the page instead of being copied.
    const bin = result && result.traceBin;
    postMessage({id, ok: true, result}, bin instanceof Uint8Array ? [bin.buffer] : []);
  } catch (err) {
    postMessage({id, ok: false, error: String(err && err.message || err)});
  }
};
