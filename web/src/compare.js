// compare.js: a run the learner recorded under their own CPython (`python3 -m futurescope_record
// script.py`, or `futurescope record`), loaded by drag and drop or a file picker and drawn beside the
// simulation of the editor's script on one time axis, with the differences that matter and their
// causes (package compare). The file is size-checked here before it is read, then parsed and compared
// in a worker of its own, on compare.wasm (cmd/wasm/compare's futurescopeCompare), so that a malformed
// or huge file never freezes the page nor delays a run; a worker that takes too long is terminated.
// compare.wasm is downloaded, with its progress in the panel, only when the learner first compares
// (or opens the file picker to): neither a first visit nor a run needs it. The panel's state is in its
// data-state attribute: busy, done or error.

import {fetchCounted, progressText} from './counted.js';

/** maxBytes is the largest trace compared, as compare.MaxBytes. */
export const maxBytes = 100 << 20;
/** The most differences the panel lists. */
const maxListed = 200;
/** How long a comparison may take before its worker is terminated. */
const compareTimeoutMs = 60000;

const words = {
  en: {
    open: 'Compare with CPython…',
    openTitle: 'Load a trace you recorded with python3 -m futurescope_record script.py (or drop it on the page) and see it beside the simulation',
    heading: 'The simulation beside a real run',
    close: 'Close',
    again: 'Compare again',
    another: 'Another file…',
    busy: 'Reading {name} and simulating the script…',
    loading: 'Loading the comparison (compare.wasm, once)',
    offline: 'The comparison is not kept on this device yet and the network is out of reach: connect once, and comparing works offline from then on.',
    simulated: 'Simulated',
    recorded: 'Recorded',
    failed: 'The simulated run failed: {e}',
    differences: 'Differences',
    none: 'No differences worth naming.',
    tie: 'a tie in the simulation: either order is Python’s',
    why: 'why',
    simVs: 'simulated {s}, CPython {r}',
    drop: 'Drop a recorded trace (.json) to compare it with the simulation',
    tooBig: 'compare: {name} is {mb} MB, larger than the {max} MB a recorded trace may be: record a shorter run (fewer futures, or a --limit)',
    timeout: 'compare: {name} took more than {s} s to compare: the comparison was stopped',
    more: '… and {n} more: futurescope compare script.py --recorded trace.json lists them all',
    tooBigToDraw: 'These runs have too many events to draw here: futurescope compare script.py --recorded trace.json --svg out.svg draws them.',
    howTo: 'Record the script on your own machine with `python3 -m futurescope_record script.py -o trace.json` (or `futurescope record script.py -o trace.json`), then load trace.json here.',
  },
  zh: {
    open: '与 CPython 对比…',
    openTitle: '载入你用 python3 -m futurescope_record script.py 录下的轨迹（或把它拖到页面上），与模拟并排查看',
    heading: '模拟与真实运行并排',
    close: '关闭',
    again: '再次对比',
    another: '换一个文件…',
    busy: '正在读取 {name} 并模拟脚本…',
    loading: '正在加载对比程序（compare.wasm，只需一次）',
    offline: '这台设备上还没有保存对比程序，而且现在连不上网络：联网加载一次之后，离线也能对比。',
    simulated: '模拟',
    recorded: '实录',
    failed: '模拟运行失败：{e}',
    differences: '差异',
    none: '没有值得一提的差异。',
    tie: '模拟中的平局：两种顺序 Python 都可能',
    why: '原因',
    simVs: '模拟 {s}，CPython {r}',
    drop: '拖入录下的轨迹（.json），与模拟对比',
    tooBig: 'compare: {name} 有 {mb} MB，超过录制轨迹的上限 {max} MB：请录一次更短的运行（更少的 future，或用 --limit）',
    timeout: 'compare: {name} 的对比超过 {s} 秒，已停止',
    more: '……还有 {n} 处：futurescope compare script.py --recorded trace.json 会全部列出',
    tooBigToDraw: '这两次运行的事件太多，无法在此绘制：futurescope compare script.py --recorded trace.json --svg out.svg 可以画出它们。',
    howTo: '在你自己的电脑上用 `python3 -m futurescope_record script.py -o trace.json`（或 `futurescope record script.py -o trace.json`）录下脚本，再在这里载入 trace.json。',
  },
};

function say(lang, key, vars = {}) {
  const text = (words[lang] || words.en)[key];
  return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k]));
}

/** tooBigError is the error for a file over maxBytes, made before the file is read. */
export function tooBigError(lang, name, size) {
  return say(lang, 'tooBig', {name, mb: (size / (1 << 20)).toFixed(1), max: maxBytes >> 20});
}

/** A CompareError is a comparison the page could not start: kind 'offline' (compare.wasm could not
 * be fetched: no network, and no offline copy of it) or 'load'. */
export class CompareError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/**
 * A Comparer runs comparisons in a worker of its own on compare.wasm (wasm, its URL), which it
 * downloads and compiles on first use (load), telling onProgress(bytes, total) as it comes (total 0:
 * unknown), and keeps compiled: a worker terminated for taking too long is started again without the
 * network.
 */
export class Comparer {
  constructor(wasm = 'compare.wasm', {onProgress = () => {}} = {}) {
    this.wasm = wasm;
    this.onProgress = onProgress;
    this.compiled = null; // a Promise of compare.wasm's WebAssembly.Module
    this.worker = null;
    this.started = null; // a Promise that settles once the worker has loaded compare.wasm
    this.seq = 0;
    this.pending = new Map();
  }

  /** load downloads and compiles compare.wasm, once; a failed load is tried again by the next call. */
  load() {
    if (!this.compiled) {
      this.compiled = compile(this.wasm, this.onProgress);
      this.compiled.catch(() => (this.compiled = null));
    }
    return this.compiled;
  }

  // ensure starts the worker unless it runs, and resolves once it is ready.
  ensure() {
    if (!this.started) {
      this.started = this.start();
      this.started.catch(() => (this.started = null));
    }
    return this.started;
  }

  // start starts the worker: Go's wasm_exec.js (fetched by the page, so that the service worker's
  // copy serves it offline), then the loop below, from a Blob. It resolves once compare.wasm loaded.
  async start() {
    let exec;
    try {
      const resp = await fetch('wasm_exec.js');
      if (!resp.ok) throw new Error(`${resp.status} ${resp.statusText}`);
      exec = await resp.text();
    } catch (err) {
      throw new CompareError('offline', `wasm_exec.js: ${err.message}`);
    }
    // A worker started from a Blob has no address to fetch from: compare.wasm fetches what it loads on
    // demand (unicode-names.txt for \N{…}, pylib/…) relative to futurescopeBase, the page's address.
    const src = `
self.futurescopeBase = ${JSON.stringify(location.href)};
let api = null;
onmessage = async (e) => {
  const m = e.data;
  if (m.type === 'load') {
    try {
      const go = new Go();
      const instance = await WebAssembly.instantiate(m.module, go.importObject);
      go.run(instance);
      api = self.futurescopeCompare;
      if (!api) throw new Error('compare.wasm has no futurescopeCompare');
      postMessage({type: 'ready'});
    } catch (err) {
      postMessage({type: 'fatal', error: String(err && err.message || err)});
    }
    return;
  }
  try {
    const result = await api(m.source, new Uint8Array(m.bytes), m.name, m.options);
    if (result instanceof Error) throw result;
    postMessage({id: m.id, ok: true, result});
  } catch (err) {
    postMessage({id: m.id, ok: false, error: String(err && err.message || err)});
  }
};`;
    const url = URL.createObjectURL(new Blob([exec, src], {type: 'text/javascript'}));
    const w = new Worker(url);
    URL.revokeObjectURL(url);
    this.worker = w;
    let fail;
    const ready = new Promise((resolve, reject) => {
      fail = reject;
      w.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'ready') resolve();
        else if (m.type === 'fatal') reject(new CompareError('load', m.error));
        else this.settle(m);
      };
      w.onerror = (e) => {
        e.preventDefault();
        const err = new Error(e.message || 'the comparison worker failed');
        reject(err);
        this.stop(err);
      };
    });
    this.load().then((module) => w.postMessage({type: 'load', module}), (err) => (fail(err), this.stop(err)));
    return ready;
  }

  settle(m) {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(m.error));
  }

  /** stop terminates the worker and rejects its calls with err; the next compare starts another. */
  stop(err) {
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.started = null;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }

  /**
   * compare simulates source and compares it with bytes (an ArrayBuffer: a recorded trace file called
   * name); it resolves with futurescopeCompare's result, or rejects with its error, onTimeout()'s, or
   * a CompareError when compare.wasm could not be loaded.
   */
  async compare(source, bytes, name, options, onTimeout) {
    await this.ensure();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(onTimeout()), compareTimeoutMs);
      this.pending.set(id, {resolve, reject, timer});
      this.worker.postMessage({id, source, bytes, name, options}, [bytes]);
    });
  }
}

// compile downloads and compiles compare.wasm, compiling while it downloads where the server allows,
// telling onProgress(bytes, total) how many bytes have come.
async function compile(url, onProgress) {
  let resp;
  try {
    resp = await fetchCounted(url, onProgress);
  } catch (err) {
    throw new CompareError('offline', `${url}: ${err.message}`);
  }
  if (!resp.ok) throw new CompareError('load', `${url}: ${resp.status} ${resp.statusText}`);
  if (resp.headers.get('content-type') === 'application/wasm') return WebAssembly.compileStreaming(resp);
  return WebAssembly.compile(await resp.arrayBuffer());
}

/**
 * setupCompare adds the toolbar's "Compare with CPython…" button (after anchor), its file picker, a
 * drop target over the whole page, and the panel that shows a comparison. wasm is compare.wasm's URL,
 * downloaded when the learner first opens the file picker or compares; source() is the editor's
 * script, options() the run's options (filename, cores, freeThreaded), lang() the page's language.
 * window.futurescopeCompareProgress is compare.wasm's download so far, {bytes, total}.
 */
export function setupCompare({wasm = 'compare.wasm', anchor, source, options, lang}) {
  let progress = null; // the busy panel's line that counts compare.wasm's bytes
  const comparer = new Comparer(wasm, {onProgress: (bytes, total) => {
    window.futurescopeCompareProgress = {bytes, total};
    if (progress) count(bytes, total);
  }});
  const count = (bytes, total) => {
    progress.textContent = progressText(say(lang(), 'loading'), bytes, total).text;
    progress.hidden = false;
  };
  const button = el('button', {type: 'button', id: 'compare-open'});
  const input = el('input', {type: 'file', id: 'compare-file', accept: '.json,application/json', hidden: ''});
  anchor.after(button, input);
  const panel = el('section', {id: 'compare', class: 'compare', hidden: '', role: 'dialog', 'aria-labelledby': 'compare-heading'});
  document.body.append(panel);
  const hint = el('div', {id: 'compare-drop', class: 'compare-drop', hidden: ''});
  document.body.append(hint);
  let file = null; // the last file chosen, for Compare again
  let seq = 0;

  const label = () => {
    button.textContent = say(lang(), 'open');
    button.title = say(lang(), 'openTitle');
    hint.textContent = say(lang(), 'drop');
  };
  label();
  // The page's language is the document's (app.js's localize sets it).
  new MutationObserver(label).observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});

  button.addEventListener('click', () => {
    input.click();
    comparer.load().catch(() => {}); // a file is coming: compare.wasm downloads while it is picked
  });
  input.addEventListener('change', () => {
    if (input.files.length) load(input.files[0]);
    input.value = '';
  });
  // A dropped file is a trace to compare when it is JSON; any other (a script) is left to the editor.
  const hasFiles = (e) => [...(e.dataTransfer?.types || [])].includes('Files');
  addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    hint.hidden = false;
  }, true);
  addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) hint.hidden = true;
  }, true);
  addEventListener('drop', (e) => {
    hint.hidden = true;
    const f = [...(e.dataTransfer?.files || [])].find((f) => /\.json$/i.test(f.name) || f.type === 'application/json');
    if (!f) return;
    e.preventDefault();
    e.stopPropagation();
    load(f);
  }, true);
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) panel.hidden = true;
  });

  // load compares file with the editor's script and shows the result.
  async function load(f) {
    file = f;
    const n = ++seq;
    const l = lang();
    progress = el('p', {class: 'muted', id: 'compare-progress', hidden: ''});
    show('busy', [el('p', {class: 'muted'}, say(l, 'busy', {name: f.name})), progress]);
    if (f.size > maxBytes) return show('error', failure(l, tooBigError(l, f.name, f.size)));
    const p = progress;
    const got = window.futurescopeCompareProgress;
    comparer.load().then(() => (p.hidden = true), () => {});
    if (got && got.bytes < got.total) count(got.bytes, got.total); // a download the file picker started
    try {
      const bytes = await f.arrayBuffer();
      const res = await comparer.compare(source(), bytes, f.name, {...options(), lang: l},
        () => new Error(say(l, 'timeout', {name: f.name, s: compareTimeoutMs / 1000})));
      if (n === seq) show('done', result(l, res));
    } catch (err) {
      if (n !== seq) return;
      if (err instanceof CompareError && err.kind === 'offline') show('error', [el('p', {class: 'compare-error', role: 'alert'}, say(l, 'offline'))]);
      else show('error', failure(l, String(err.message || err)));
    }
  }

  function show(state, body) {
    const l = lang();
    const close = el('button', {type: 'button', class: 'icon', 'aria-label': say(l, 'close'), title: say(l, 'close')}, '×');
    close.addEventListener('click', () => (panel.hidden = true));
    const again = el('button', {type: 'button', id: 'compare-again'}, say(l, 'again'));
    again.addEventListener('click', () => file && load(file));
    again.disabled = state === 'busy' || !file;
    const another = el('button', {type: 'button'}, say(l, 'another'));
    another.addEventListener('click', () => input.click());
    const head = el('header', {}, el('h2', {id: 'compare-heading'}, say(l, 'heading')),
      el('span', {class: 'muted compare-file'}, file ? file.name : ''), again, another, close);
    panel.replaceChildren(head, ...body);
    panel.dataset.state = state;
    panel.hidden = false;
    if (state !== 'busy') close.focus();
  }

  return {load, comparer};
}

// failure is an error's message, then how to record a trace.
function failure(lang, message) {
  return [el('p', {class: 'compare-error', role: 'alert'}, message), el('p', {class: 'muted'}, say(lang, 'howTo'))];
}

// The kinds of difference in Chinese (package compare's Kind); the details stay in English.
const zhKinds = {'futures': 'future 的数量', 'completion order': '完成顺序', 'callback thread': '回调所在线程', 'cancel()': 'cancel() 的结果',
  'wait()': 'wait() 的结果', 'timing': '完成时间', 'how the run ended': '运行如何结束'};

/** verdict sums the differences up in lang: compare.Verdict's sentence, or the same counts in Chinese. */
export function verdict(lang, res) {
  if (lang !== 'zh') return res.verdict;
  const order = res.diffs.filter((d) => d.ordering).length;
  const ties = res.diffs.filter((d) => !d.ordering && d.tie).length;
  const timing = res.diffs.length - order - ties;
  const more = [ties && `${ties} 处模拟自行决定的平局`, timing && `${timing} 个完成时间超出容差`].filter(Boolean).join('，');
  if (order) return `事件顺序有 ${order} 处与 CPython 不同${more ? `；另有 ${more}` : ''}。`;
  return `事件顺序与 CPython 一致${more ? `；${more}` : '，每个 future 都在容差内完成'}。`;
}

// result lays out a comparison: the verdict, each run in a line, the differences, then both runs drawn.
function result(lang, res) {
  const facts = el('dl', {class: 'compare-facts'},
    el('dt', {}, say(lang, 'simulated')), el('dd', {}, res.simulated),
    el('dt', {}, say(lang, 'recorded')), el('dd', {}, res.recorded));
  const out = [el('p', {class: `compare-verdict ${res.ordering ? 'differs' : 'agrees'}`}, verdict(lang, res)), facts];
  if (res.error) out.push(el('p', {class: 'compare-error'}, say(lang, 'failed', {e: res.error})));
  const list = el('ol', {class: 'compare-diffs', 'aria-label': say(lang, 'differences')});
  for (const d of res.diffs.slice(0, maxListed)) {
    const li = el('li', {class: d.ordering ? 'ordering' : d.tie ? 'tie' : 'timing'},
      el('b', {}, lang === 'zh' ? zhKinds[d.kind] || d.kind : d.kind), ': ', d.what, ': ', say(lang, 'simVs', {s: d.simulated, r: d.recorded}));
    if (d.tie) li.append(el('span', {class: 'muted'}, ` (${say(lang, 'tie')})`));
    if (d.cause) li.append(el('div', {class: 'compare-cause'}, `${say(lang, 'why')}: ${d.cause}`));
    list.append(li);
  }
  if (res.diffs.length > maxListed) list.append(el('li', {class: 'muted'}, say(lang, 'more', {n: res.diffs.length - maxListed})));
  out.push(res.diffs.length ? list : el('p', {class: 'muted'}, say(lang, 'none')));
  if (!res.svg) return [...out, el('p', {class: 'muted compare-too-big'}, say(lang, 'tooBigToDraw'))];
  const pic = el('div', {class: 'compare-svg'});
  pic.innerHTML = res.svg; // render/svg's own drawing: every text in it is escaped
  out.push(pic);
  return out;
}

// el makes an element with attributes and children (strings or nodes).
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
