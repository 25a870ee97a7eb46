// predict.js: predict-then-reveal. A lesson's prediction block (```python predict, its questions in a
// list under it: the lessons package) runs hidden: the timeline gets the run's trace only up to what
// has been revealed, the console shows only the lines printed so far, and the header does not say how
// the run ended. "Next event" (N) reveals the next event with a sentence about it; before the event a
// question is about, it asks the question, and "Show answer" (A) reveals the event and the answer.
// The last event, or "Show all", ends the prediction and shows the run as any other.
import {formatNs} from './output.js';
import {readTrace} from './tracebin.js';

const words = {
  en: {
    predict: 'Predict',
    next: 'Next event',
    answer: 'Show answer',
    all: 'Show all',
    start: 'The run is hidden. Predict what happens, then reveal it event by event.',
    step: 'Event {i} of {n}',
    asked: 'Question {i} of {n}',
    answerIs: 'Answer: ',
    status: '◐ Predicting: {i} of {n} events revealed',
    keys: 'N: next event · A: show answer',
  },
  zh: {
    predict: '预测',
    next: '下一个事件',
    answer: '显示答案',
    all: '全部显示',
    start: '运行结果先藏起来。先预测会发生什么，再一个事件一个事件地揭晓。',
    step: '第 {i} 个事件，共 {n} 个',
    asked: '第 {i} 题，共 {n} 题',
    answerIs: '答案：',
    status: '◐ 预测中：已揭晓 {i} / {n} 个事件',
    keys: 'N：下一个事件 · A：显示答案',
  },
};

function w(lang, key, vars = {}) {
  const text = (words[lang] || words.en)[key];
  return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k]));
}

// stepKinds are the events "Next event" stops at: those a learner predicts. The others (the GIL, a
// thread starting, a sleep) are revealed with the next of these.
const stepKinds = new Set(['future_create', 'future_running', 'future_finish', 'future_cancel', 'future_cancelled',
  'callback_start', 'print', 'log', 'error', 'deadlock', 'limit', 'timeout', 'executor_shutdown', 'executor_broken']);
// stepCalls are the blocking calls whose end is a step: what they return is worth predicting.
const stepCalls = new Set(['result', 'exception', 'wait', 'as_completed', 'map']);

/** isStep reports whether "Next event" stops at event e. */
export function isStep(e) {
  return stepKinds.has(e.kind) || (e.kind === 'call_end' && stepCalls.has(e.name));
}

/**
 * findReveal returns the index in events of the event a reveal point names ("print 2", "finish f3",
 * "callback f1", "end"), or -1: the same rules as the Go package lessons/reveal.
 */
export function findReveal(events, at) {
  const m = /^(print|start|finish|callback|cancel) f?(\d+)$|^end$/.exec(at.trim());
  if (!m) return -1;
  if (!m[1]) return events.length - 1;
  const n = Number(m[2]);
  const kind = {start: 'future_running', finish: 'future_finish', callback: 'callback_start', cancel: 'future_cancel'}[m[1]];
  let prints = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (m[1] === 'print' ? e.kind === 'print' && ++prints === n : e.kind === kind && e.future === n) return i;
  }
  return -1;
}

// argList writes a call's argument repr as a call writes it: "(3,)" → "3".
function argList(args = '') {
  return args.startsWith('(') && args.endsWith(')') ? args.slice(1, -1).replace(/,$/, '') : args;
}

/** describe says what event e did, in lang, for the learner; threads maps thread ids to names. */
export function describe(e, lang, threads) {
  const zh = lang === 'zh';
  const f = `f${e.future}`;
  const who = threads.get(e.thread) || '';
  switch (e.kind) {
    case 'future_create': return zh ? `${f} = submit(${e.name}, ${argList(e.args)})：进入队列` : `${f} = submit(${e.name}, ${argList(e.args)}): queued`;
    case 'future_running': return zh ? `${f} 开始执行` : `${f} starts running`;
    case 'future_finish':
      if (e.name === 'raised') return zh ? `${f} 抛出 ${e.value}` : `${f} raised ${e.value}`;
      return zh ? `${f} 返回 ${e.value}` : `${f} returned ${e.value}`;
    case 'future_cancel': return `${f}.cancel() → ${e.value}`;
    case 'future_cancelled': return zh ? `${f} 被取消` : `${f} is cancelled`;
    case 'callback_start': return zh ? `${f} 的回调 ${e.name} 在 ${who} 中执行` : `${f}'s callback ${e.name} runs in ${who}`;
    case 'print': return zh ? `${who} 打印：${e.value}` : `${who} prints: ${e.value}`;
    case 'log': return `${e.name}: ${e.value}`;
    case 'timeout': return zh ? `${e.name} 超时` : `${e.name} times out`;
    case 'executor_shutdown': return `shutdown(${e.args || ''})`;
    case 'executor_broken': return zh ? `执行器损坏：${e.value}` : `the executor is broken: ${e.value}`;
    case 'call_end': return `${e.future ? `${f}.` : ''}${e.name}() → ${e.value || 'None'}`;
    case 'error': return zh ? `运行出错：${e.value}` : `the run fails: ${e.value}`;
    case 'deadlock': return zh ? '死锁：没有线程能继续执行' : 'deadlock: no thread can go on';
    case 'limit': return zh ? `达到上限：${e.value}` : `a limit is reached: ${e.value}`;
    default: return e.value ? `${e.kind}: ${e.value}` : e.kind;
  }
}

/**
 * A Prediction is one prediction block's run, revealed step by step, read from the run's binary trace
 * (res.traceBin, tracebin.js). show(prefix, atNs) draws the part revealed, the binary trace of the
 * run's first events, with the playhead at atNs; finish() shows the whole run as the page shows any
 * run, with the playhead at the time it takes; bar is the element the prediction's controls go in.
 */
export class Prediction {
  constructor({res, block, lang, bar, console: consoleEl, status, show, finish}) {
    this.trace = readTrace(res.traceBin);
    this.events = this.trace.events;
    this.res = res;
    this.lang = lang;
    this.bar = bar;
    this.consoleEl = consoleEl;
    this.status = status;
    this.showFn = show;
    this.finishFn = finish;
    this.threads = new Map(this.events.filter((e) => e.kind === 'thread_start').map((e) => [e.thread, e.name]));
    this.steps = this.events.flatMap((e, i) => (isStep(e) ? [i] : []));
    this.questions = (block.questions || []).map((q) => ({...q, index: findReveal(this.events, q.at)}))
      .filter((q) => q.index >= 0);
    this.asked = -1; // the question on screen, waiting for its answer, or -1
    this.answered = 0; // how many questions have been answered
    this.note = w(lang, 'start');
    this.done = false;
    // The run starts revealed up to its first step: the main thread, the pool, no future yet.
    this.shown = this.steps.length ? this.steps[0] : this.events.length;
    this.render();
  }

  /** next reveals the next event, or asks the question about it first. */
  next() {
    if (this.done || this.asked >= 0) return;
    const step = this.steps.find((i) => i >= this.shown);
    const q = this.questions[this.answered];
    if (step === undefined && !q) return this.finish();
    if (q && (step === undefined || q.index <= step)) {
      this.shown = q.index;
      this.asked = this.answered;
      this.note = '';
    } else {
      this.shown = step + 1;
      this.note = this.explain(step);
    }
    this.render();
  }

  /** answer shows the answer to the question asked, and reveals its event. */
  answer() {
    if (this.done || this.asked < 0) return;
    const q = this.questions[this.asked];
    this.shown = q.index + 1;
    this.note = this.explain(q.index);
    q.li?.classList.add('answered');
    if (q.answer && q.li && !q.answer.isConnected) q.li.append(q.answer);
    if (q.answer) q.answer.hidden = false;
    this.asked = -1;
    this.answered++;
    this.render();
  }

  /** finish ends the prediction: the whole run is shown, and every answer. */
  finish() {
    if (this.done) return;
    for (const q of this.questions.slice(this.answered)) {
      q.li?.classList.add('answered');
      if (q.answer && q.li && !q.answer.isConnected) q.li.append(q.answer);
      if (q.answer) q.answer.hidden = false;
    }
    const at = this.shownAt();
    this.stop();
    this.finishFn(at);
  }

  /** stop takes the prediction's controls off the page. */
  stop() {
    this.done = true;
    this.bar.replaceChildren();
    this.bar.hidden = true;
    for (const q of this.questions) q.li?.classList.remove('asking');
  }

  // shownAt is the time of the last event revealed, in virtual nanoseconds.
  shownAt() {
    return this.shown > 0 ? this.events[this.shown - 1].t : 0;
  }

  explain(i) {
    const e = this.events[i];
    return `${formatNs(e.t)} · ${describe(e, this.lang, this.threads)}`;
  }

  // render shows what has been revealed: the timeline, the console, the header and the controls.
  render() {
    const evs = this.events.slice(0, this.shown);
    this.showFn(this.trace.prefix(this.shown), this.shownAt());
    const printed = evs.filter((e) => e.kind === 'print').map((e) => `${e.value}\n`).join('');
    this.consoleEl.replaceChildren();
    if (printed) {
      const s = document.createElement('span');
      s.className = 'out';
      s.textContent = printed;
      this.consoleEl.append(s);
    }
    // Counted in steps, the events a learner predicts: the GIL's hand-overs are not worth a number.
    const revealed = this.steps.filter((i) => i < this.shown).length;
    this.status(w(this.lang, 'status', {i: revealed, n: this.steps.length}));
    this.renderBar();
  }

  renderBar() {
    const lang = this.lang;
    const bar = this.bar;
    bar.hidden = false;
    const label = el('span', 'predict-label', w(lang, 'predict'));
    const text = el('div', 'predict-text');
    for (const q of this.questions) q.li?.classList.remove('asking');
    if (this.asked >= 0) {
      const q = this.questions[this.asked];
      q.li?.classList.add('asking');
      text.append(el('span', 'predict-count', w(lang, 'asked', {i: this.asked + 1, n: this.questions.length})), ' ');
      const body = el('span', 'predict-question');
      for (const n of q.text || []) body.append(n.cloneNode(true));
      text.append(body);
    } else {
      if (this.answered > 0 && this.note && this.questions[this.answered - 1].index === this.shown - 1) {
        const q = this.questions[this.answered - 1];
        const a = el('div', 'predict-answer');
        a.append(el('b', '', w(lang, 'answerIs')));
        if (q.answer) for (const n of q.answer.childNodes) a.append(n.cloneNode(true));
        // The answer's own label ("Answer:", "答案：") gives way to the bar's.
        if (a.childNodes[1]?.nodeType === Node.TEXT_NODE) a.childNodes[1].textContent = a.childNodes[1].textContent.replace(/^\s*(Answer:|答案[：:])\s*/, '');
        text.append(a);
      }
      text.append(el('div', 'predict-note', this.note));
    }
    const next = button(w(lang, 'next'), 'predict-next', () => this.next());
    const answer = button(w(lang, 'answer'), 'predict-answer-btn primary', () => this.answer());
    const all = button(w(lang, 'all'), 'predict-all', () => this.finish());
    next.disabled = this.asked >= 0;
    answer.hidden = this.asked < 0;
    next.title = answer.title = w(lang, 'keys');
    bar.replaceChildren(label, text, el('span', 'predict-buttons'));
    bar.lastChild.append(this.asked >= 0 ? answer : next, all);
  }

  /** key handles a key the page got: N for the next event, A for the answer. It reports whether it did. */
  key(e) {
    if (this.done || e.ctrlKey || e.metaKey || e.altKey) return false;
    const k = e.key.toLowerCase();
    if (k === 'n') this.next();
    else if (k === 'a') this.answer();
    else return false;
    return true;
  }
}

function el(tag, cls, text = '') {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

function button(text, cls, onClick) {
  const b = el('button', cls, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/**
 * takeAnswers prepares a lesson's HTML (a <template>'s content) before it is shown: it takes the
 * answers of prediction blocks out (they come back one by one, as they are revealed), and returns
 * each prediction block's questions by block index: [{at, li, text, answer}].
 */
export function takeAnswers(root) {
  const out = new Map();
  for (const list of root.querySelectorAll('ol.fs-questions[data-block], ul.fs-questions[data-block]')) {
    const qs = [];
    for (const li of list.querySelectorAll(':scope > li[data-reveal]')) {
      const answer = li.querySelector(':scope > p.fs-answer');
      answer?.remove();
      // The question's words, without the reveal point that starts it.
      const first = li.querySelector(':scope > p') || li;
      const text = [...first.childNodes].filter((n, i) => !(i === 0 && n.nodeName === 'CODE'));
      first.querySelector(':scope > code:first-child')?.classList.add('fs-reveal');
      qs.push({at: li.dataset.reveal, li, text, answer});
    }
    out.set(Number(list.dataset.block), qs);
  }
  return out;
}
