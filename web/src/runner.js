// runner.js: the page's side of the simulator, which runs in a Web Worker (worker.js) so that a
// script that runs away never freezes the page. It loads lazily: runner.wasm is downloaded, compiled
// and started only when a call first needs it (load), since a lesson opened as written shows the run
// the site holds already (web/src/app.js), and a first visit is cheaper without it. The learner's Stop ends a run with its partial result;
// a call that takes too long, or a stopped run that does not answer, terminates the worker and starts
// a fresh one. The same class drives draw.wasm's worker (pictures and exports: app.js), which loads
// lazily too, on its first call. Messages: web/README.md.

import {fetchCounted} from './counted.js';

/**
 * A RunnerError is a call the page gave up on: kind is 'timeout', 'stopped', 'died', 'load', or
 * 'offline' (the worker's binary could not be fetched: no network, and no offline copy of it).
 */
export class RunnerError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/** How long a stopped run may take to answer before its worker is terminated. */
const stopGraceMs = 3000;

export class Runner {
  /**
   * url is the worker's script, wasm its binary (runner.wasm, draw.wasm); onReady is called each time
   * a worker has loaded the binary, onProgress(bytes, total) as it downloads (total 0: unknown) and
   * onProgress(-1, 0) once it has loaded or failed. Nothing loads until a call needs it, or load().
   */
  constructor(url, wasm, {onReady = () => {}, onProgress = () => {}} = {}) {
    this.url = url;
    this.wasm = wasm;
    this.onReady = onReady;
    this.onProgress = onProgress;
    this.compiled = null;
    this.seq = 0;
    this.pending = new Map();
    this.stops = 0; // how many times stop() was called: a call still waiting for the simulator then gives up
  }

  /** loading says whether the simulator has been asked for (it may still be on its way). */
  get loading() {
    return this.compiled !== null;
  }

  /**
   * load downloads and compiles runner.wasm, once, and starts a worker on it; it resolves when the
   * worker's simulator is ready. Every call loads it first: a run asked for meanwhile runs when it
   * arrives.
   */
  load() {
    if (!this.compiled) {
      const compiled = compile(this.wasm, this.onProgress);
      this.compiled = compiled;
      compiled.catch(() => {}).finally(() => this.onProgress(-1, 0));
      // A simulator that failed to load (offline, say) is fetched again by the next call.
      compiled.catch(() => this.compiled === compiled && ((this.compiled = null), this.worker.terminate()));
      this.start();
    }
    return this.ready;
  }

  /** module is the compiled simulator (a Promise of a WebAssembly.Module), loading it if need be. */
  get module() {
    this.load();
    return this.compiled;
  }

  // start starts a worker; this.ready settles when its simulator has loaded.
  start() {
    const w = new Worker(this.url);
    this.worker = w;
    this.compiled.then((module) => w.postMessage({type: 'load', module}), (err) => w.onmessage({data: {type: 'fatal', error: err.message, kind: err.kind}}));
    this.ready = new Promise((resolve, reject) => {
      w.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'ready') {
          this.version = m.version;
          resolve();
          this.onReady(m);
        } else if (m.type === 'fatal') {
          reject(new RunnerError(m.kind || 'load', m.error));
        } else if (m.type === 'exited') {
          this.restart(new RunnerError('died', 'the simulator crashed'));
        } else {
          this.settle(m);
        }
      };
      w.onerror = (e) => {
        e.preventDefault();
        const err = new RunnerError('died', e.message || 'the worker failed');
        reject(err);
        this.restart(err);
      };
    });
    this.ready.catch(() => {});
  }

  // settle resolves or rejects the call a reply answers.
  settle(m) {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') return p.onProgress && p.onProgress(m.bytes, m.progress);
    this.pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(m.error));
  }

  /**
   * call asks the worker for type(...args) and resolves with its result. With timeoutMs, a call still
   * running then is abandoned: the worker is terminated and restarted, the call rejected.
   */
  async call(type, args, {timeoutMs = 0} = {}) {
    const stops = this.stops;
    await this.load();
    // A Stop while the simulator loaded stops a run that had not started yet.
    if (this.stops !== stops) throw new RunnerError('stopped', 'stopped');
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const p = {resolve, reject, timer: 0};
      if (timeoutMs > 0) {
        p.timer = setTimeout(() => this.restart(new RunnerError('timeout', `no answer in ${timeoutMs / 1000} s`)), timeoutMs);
      }
      this.pending.set(id, p);
      this.worker.postMessage({id, type, args});
    });
  }

  /**
   * stream asks the worker for an export it writes a chunk at a time (worker.js: 'export'):
   * onProgress(bytes, progress) hears how far it got after each chunk. It returns {id, done}: done
   * resolves with the export as a Blob, and rejects if it failed or was cancelled (cancelStream(id)).
   */
  stream(type, args, onProgress) {
    const id = ++this.seq;
    const done = this.load().then(() => new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject, timer: 0, onProgress});
      this.worker.postMessage({id, type, args});
    }));
    return {id, done};
  }

  /** cancelStream stops the export stream(…) started as id: its done rejects with "export: cancelled". */
  cancelStream(id) {
    if (this.pending.has(id)) this.worker.postMessage({type: 'cancelExport', id});
  }

  /**
   * stop asks the run in progress to stop, as the Stop button and Esc ask: it then answers at once with
   * what it did so far (its error "cancelled", its trace drawn). A worker that has not answered
   * within stopGraceMs is terminated and restarted, its calls rejected as 'stopped'.
   */
  stop() {
    this.stops++;
    if (this.pending.size === 0) return;
    this.worker.postMessage({type: 'stop'});
    // Only the calls in progress now must answer in time: a run asked for after the Stop may go on.
    const ids = [...this.pending.keys()];
    const w = this.worker;
    setTimeout(() => {
      if (this.worker === w && ids.some((id) => this.pending.has(id))) this.restart(new RunnerError('stopped', 'stopped'));
    }, stopGraceMs);
  }

  // restart terminates the worker, rejects its calls with err and starts a new one.
  restart(err) {
    this.worker.terminate();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
    this.start();
  }
}

// compile downloads and compiles a wasm binary, while it downloads where the server allows, telling
// onProgress(bytes, total) how many bytes have come.
async function compile(url, onProgress) {
  let resp;
  try {
    resp = await fetchCounted(url, onProgress);
  } catch (err) {
    throw new RunnerError('offline', `${url}: ${err.message}`);
  }
  if (!resp.ok) throw new Error(`${url}: ${resp.status} ${resp.statusText}`);
  if (resp.headers.get('content-type') === 'application/wasm') return WebAssembly.compileStreaming(resp);
  return WebAssembly.compile(await resp.arrayBuffer());
}
