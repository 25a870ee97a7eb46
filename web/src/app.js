// app.js: the playground page. It wires the editor, the simulator and the drawing of pictures and
// exports (two Web Workers, runner.js), the timeline (an iframe, frame.js), the lesson text
// (lesson.js) and the address (share.js). Everything runs in the browser: the page needs nothing but
// its static files.
//
// The course is files of the site (course/…, written by cmd/wasm/runner natively), each lesson's
// blocks already run: a block run as the lesson has it shows that run, the very bytes the simulator
// would make (it is deterministic), with its picture; runner.wasm loads only when the learner needs a
// run of their own: a keystroke or the focus in the editor, Run, a share link, or a block with no run in
// the course; draw.wasm only for a picture no run carries (the static timeline, or the viewer still
// loading) or an export; compare.wasm (compare.js) only when the learner compares with a recorded run.
import {createEditor} from './editor.js';
import {Runner, RunnerError} from './runner.js';
import {TimelineFrame} from './frame.js';
import {encodeRoute, decodeRoute, ShareError} from './share.js';
import {t, isLang, languages} from './i18n.js';
import {fillList, showLesson, firstRunnable, fetchLesson, fetchList, fetchRun, OfflineError} from './lesson.js';
import {Prediction} from './predict.js';
import {Presenter, presenting} from './present.js';
import {showOutput, showMessage, formatNs, formatMs, download} from './output.js';
import {scriptKey, loadScript, saveScript, scratchSlug, scratchLesson} from './saved.js';
import {setUpPhone} from './phone.js';
import {setupCompare} from './compare.js';
import {exportFile} from './exports.js';
import {progressText} from './counted.js';

const $ = (id) => document.getElementById(id);
/** How long a run may take in real time before its worker is terminated. */
const runTimeoutMs = 30000;
const filename = 'script.py';
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

const app = {
  lang: 'en',
  lessons: [], // [{slug, title, summary}] in app.lang
  lesson: null, // {slug, title, html, blocks}
  block: null, // the block the editor's script came from
  prediction: null, // a prediction block's run being revealed (predict.js)
  result: null, // the last run's result
  running: false,
  runSeq: 0, // the number of the latest run: an abandoned run's answer is ignored
  firstAt: -1, // the playhead the next run starts at, or -1 to keep the timeline's
  ownHash: '', // the fragment the page wrote itself
  runs: 0,
  shown: 0,
  firstShownMs: 0,
  quiet: false, // the page itself is replacing the script: not an edit to save
  dirty: false, // the learner changed the script since the page last put one in the editor
  saveTimer: 0,
};

const runner = new Runner('worker.js', 'runner.wasm', {onProgress: runnerProgress, onReady: () => keepLoaded()});
// The timeline's static picture and the exports, from a run's binary trace (cmd/wasm/draw).
const drawer = new Runner('worker.js', 'draw.wasm', {onReady: () => keepLoaded()});
/** The most events a run's static picture is drawn for, as the course's runs carry one (eagerEvents). */
const pictureEvents = 50000;
const frame = new TimelineFrame($('timeline'), {onShown, onRun: () => toggleRun()});
// ?timeline=svg asks for the static picture instead of the interactive viewer (weak GPUs, tests).
$('timeline').src = new URLSearchParams(location.search).get('timeline') === 'svg' ? 'timeline.html?mode=svg' : 'timeline.html';
const editor = createEditor($('editor'), {onRun: toggleRun, onChange: () => app.quiet || ((app.dirty = true), runner.load(), saveSoon()), label: 'Python script'});
// The learner is about to type a script of their own: the simulator starts loading.
editor.view.contentDOM.addEventListener('focus', () => runner.load());
// On a phone the lesson and the work are tabs (phone.js).
const phone = setUpPhone(document.querySelector('main.layout'), (key) => t(app.lang, key));
// A trace the learner recorded under CPython, beside the simulation of the editor's script (compare.js).
setupCompare({anchor: $('export'), source: () => editor.code(), lang: () => app.lang,
  options: () => ({filename, cores: app.block?.cores || 4, freeThreaded: !!app.block?.freeThreaded})});

// ---- words -------------------------------------------------------------------------------------

function localize() {
  const lang = app.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(lang, 'title');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-title]')) {
    el.title = t(lang, el.dataset.i18nTitle);
    if (el.hasAttribute('aria-label')) el.setAttribute('aria-label', el.title);
  }
  $('run-hint').textContent = t(lang, isMac ? 'runHintMac' : 'runHint');
  phone.relabel();
  frame.command('lang', lang); // the timeline's own words (help, legend, panel) follow the page
  $('run-label').textContent = t(lang, app.running ? 'stop' : 'run');
  $('lang-switch').replaceChildren(...languages.map(([code, name]) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = name;
    b.lang = code;
    b.setAttribute('aria-pressed', String(code === lang));
    b.addEventListener('click', () => switchLanguage(code).catch(fatal));
    return b;
  }));
}

// notice shows text above the page, or hides it for ''; action {label, run} adds a button.
function notice(text, action = null) {
  $('notice-text').textContent = text;
  $('notice').hidden = !text;
  const b = $('notice-action');
  b.hidden = !action;
  b.textContent = action?.label || '';
  b.onclick = action && (() => (notice(''), action.run()));
}

// ask shows question with two answers and resolves with true for the first, false for the second.
function ask(question, yes, no) {
  $('ask-text').textContent = question;
  $('ask-yes').textContent = yes;
  $('ask-no').textContent = no;
  $('ask').hidden = false;
  return new Promise((resolve) => {
    const answer = (v) => () => (($('ask').hidden = true), resolve(v));
    $('ask-yes').onclick = answer(true);
    $('ask-no').onclick = answer(false);
    $('ask-yes').focus();
  });
}

// ---- the learner's scripts (saved.js) ----------------------------------------------------------

// currentKey names where the editor's script is saved: its language, lesson and block.
function currentKey() {
  return app.lesson && app.block ? scriptKey(app.lang, app.lesson.slug, app.block.index) : '';
}

// saveNow saves the editor's script at once; saveSoon after a pause in typing.
function saveNow() {
  clearTimeout(app.saveTimer);
  app.saveTimer = 0;
  const key = currentKey();
  if (key && app.dirty) saveScript(key, editor.code(), app.block.code);
}

function saveSoon() {
  clearTimeout(app.saveTimer);
  app.saveTimer = setTimeout(saveNow, 250);
}

// putCode replaces the editor's script without counting it as an edit (a lesson's, a link's).
function putCode(code) {
  app.quiet = true;
  app.dirty = false;
  try {
    editor.setCode(code);
  } finally {
    app.quiet = false;
  }
}

// savedOr returns the saved edit of block of lesson slug, or the block's own script.
function savedOr(slug, block) {
  return (block && loadScript(scriptKey(app.lang, slug, block.index))) ?? block?.code ?? '';
}

// resetScript puts back the lesson's script, with an Undo that brings the edited one back.
function resetScript() {
  if (!app.block) return;
  const mine = editor.code();
  saveNow();
  useBlock(app.block, false, true);
  if (mine === app.block.code) return;
  const key = currentKey();
  saveScript(key, app.block.code, app.block.code);
  notice(t(app.lang, 'resetDone'), {label: t(app.lang, 'undo'), run: () => {
    if (currentKey() !== key) return;
    putCode(mine);
    saveScript(key, mine, app.block.code);
  }});
}

function status(text, kind = '') {
  $('status').textContent = text;
  $('status').className = `status ${kind}`;
}

// ---- lessons -----------------------------------------------------------------------------------

// route opens what the address asks for: a lesson, maybe with a shared script and playhead.
async function route() {
  let r;
  try {
    r = await decodeRoute(location.hash);
  } catch (err) {
    if (!(err instanceof ShareError)) throw err;
    r = err.route || {lang: '', slug: '', block: 0, code: null, at: 0};
    notice(t(r.lang || app.lang, 'badLink', {e: err.message}));
  }
  if (r.lang && !isLang(r.lang)) {
    notice(t('en', 'badLang', {e: r.lang}));
    r = {...r, lang: 'en', slug: ''};
  }
  app.lang = r.lang || app.lang;
  localize();
  // The lesson the address names comes beside the list, not after it.
  if (r.slug && r.slug !== scratchSlug) fetchLesson(app.lang, r.slug).catch(() => {});
  await loadList();
  let slug = r.slug;
  if (slug && slug !== scratchSlug && !app.lessons.some((l) => l.slug === slug)) {
    notice(t(app.lang, 'badLesson', {e: `${app.lang}/${slug}`}));
    slug = '';
  }
  await openLesson(slug || app.lessons[0].slug, r);
}

async function loadList() {
  app.lessons = await fetchList(app.lang);
}

// openLesson shows lesson slug; share may carry a script, its block and a playhead. It runs the script
// unless keep says to keep the current script and timeline (a language switch). push makes the lesson
// a new entry of the browser's history (the learner chose it), so that Back returns to this one. The
// script shown is the learner's saved edit of the block, if any; a share link's script over a saved
// edit is shown only if the learner says so.
async function openLesson(slug, share = {}, keep = false, push = false) {
  saveNow();
  app.prediction?.finish(); // the run it hides is shown whole
  const lesson = slug === scratchSlug ? scratchLesson(app.lang, t(app.lang, 'scratch'), t(app.lang, 'scratchIntro'))
    : await fetchLesson(app.lang, slug);
  $('share-box').hidden = true;
  app.lesson = lesson;
  fillList($('lesson-select'), app.lessons, slug);
  // "Run this" runs the block as the lesson shows it; "Open in the editor" opens the learner's edit of
  // it, if any (kept, either way, until the learner types over it).
  showLesson($('prose'), lesson, app.lang, (block, andRun) => useBlock(block, andRun, andRun));
  updateNav();
  if (keep) return;
  const block = lesson.blocks.find((b) => b.index === share.block) || firstRunnable(lesson);
  app.block = null; // nothing is saved until the script is in the editor
  const mine = savedOr(slug, block);
  // A link's script, or the learner's edit, is theirs to run: the simulator is needed.
  if (share.code != null || mine !== (block?.code ?? '')) runner.load();
  if (share.code != null && mine !== share.code && mine !== (block?.code ?? '') &&
    !(await ask(t(app.lang, 'shareOverEdit'), t(app.lang, 'shareTake'), t(app.lang, 'shareKeep')))) {
    share = {...share, code: null};
  }
  app.block = block;
  putCode(share.code ?? mine);
  app.firstAt = share.at || block?.at || 0;
  if (share.code == null) writeHash(`#${app.lang}/${slug}`, push);
  else app.ownHash = location.hash;
  if (share.code != null || (block && !block.norun)) await run();
}

// useBlock puts a block of the lesson in the editor: the learner's edit of it, or its own script when
// fresh says so (Reset).
function useBlock(block, andRun, fresh = false) {
  saveNow();
  app.block = block;
  putCode(fresh ? block.code : savedOr(app.lesson.slug, block));
  app.firstAt = block.at || 0;
  if (andRun) run();
  else editor.view.focus();
}

function updateNav() {
  const i = app.lessons.findIndex((l) => l.slug === app.lesson.slug);
  $('prev').disabled = i <= 0;
  $('next').disabled = i >= app.lessons.length - 1;
}

function go(delta) {
  const i = app.lessons.findIndex((l) => l.slug === app.lesson.slug) + delta;
  if (i >= 0 && i < app.lessons.length) choose(app.lessons[i].slug);
}

// choose opens a lesson the learner picked: a notice about an earlier link no longer applies.
function choose(slug) {
  notice('');
  openLesson(slug, {}, false, true).catch(fatal);
}

async function switchLanguage(lang) {
  if (lang === app.lang) return;
  saveNow();
  app.lang = lang;
  localize();
  await loadList();
  const has = app.lesson?.slug === scratchSlug || app.lessons.some((l) => l.slug === app.lesson?.slug);
  if (!has) notice(t(lang, 'lessonMissing'));
  await openLesson(has ? app.lesson.slug : app.lessons[0].slug, {}, has);
  // The editor's block is now this language's (the same script, its run in this language's words).
  if (has && app.block) app.block = app.lesson.blocks.find((b) => b.index === app.block.index && b.code === app.block.code) || app.block;
  if (has) writeHash(location.hash.replace(/^#[a-z]{2}\//, `#${lang}/`));
  if (app.result) showResult(app.result);
  // A failed run's report is worded in the language it ran in: a quick one runs again to say it in this.
  if (has && rewordable(app.result)) await run();
}

// rewordable says whether res failed with a report that reads differently in another language and is
// quick to run again as it was: not a runaway, a stopped run, an edited script or a prediction.
function rewordable(res) {
  return !!res && res.lang !== app.lang && ['deadlock', 'exception', 'syntax'].includes(res.kind) && (res.precomputed || res.wallMs < 2000) &&
    res.code === editor.code() && !app.block?.predict;
}

// writeHash puts hash in the address, as a new history entry if push says so.
function writeHash(hash, push = false) {
  app.ownHash = hash;
  if (location.hash === hash) return;
  if (push) history.pushState(null, '', hash);
  else history.replaceState(null, '', hash);
}

// ---- running -----------------------------------------------------------------------------------

// toggleRun is the Run button and Ctrl/⌘+Enter: it runs the script, or stops the run in progress.
function toggleRun() {
  if (app.running) runner.stop();
  else runner.load(), run();
}

// run runs the editor's script, abandoning a run still in progress (a lesson opened meanwhile).
async function run() {
  const seq = ++app.runSeq;
  if (app.running) runner.stop();
  app.prediction?.stop();
  app.prediction = null;
  const code = editor.code();
  const b = app.block || {};
  const at = app.firstAt;
  app.firstAt = -1;
  setRunning(true);
  editor.mark([]);
  showMessage($('console'), t(app.lang, 'runningNote'));
  $('timeline').classList.add('stale');
  const started = performance.now();
  const tick = setInterval(() => status(t(app.lang, 'runningFor', {s: Math.round((performance.now() - started) / 1000)})), 1000);
  status(t(app.lang, 'running'));
  try {
    // The block as the lesson has it was run when the site was built: that run, if the site has it.
    const pre = b.run && b.lang === app.lang && code === b.code ? await fetchRun(b.run) : null;
    // A run of the learner's shown while the viewer loads, or without it, needs its picture drawn.
    if (!pre && frame.mode !== 'viewer') drawer.load().catch(() => {});
    const res = pre || await runner.call('run', [code, {filename, cores: b.cores || 4, freeThreaded: !!b.freeThreaded, lang: app.lang}],
      {timeoutMs: runTimeoutMs});
    res.lang = app.lang; // the language of res.svg
    res.code = code;
    if (seq !== app.runSeq) return;
    res.svg = await picture(res);
    if (seq !== app.runSeq) return;
    app.result = res;
    app.runs++;
    if (b.predict && code === b.code && res.events <= pictureEvents && res.kind !== 'syntax') return predict(res, code);
    showResult(res);
    editor.mark(res.marks);
    // A script that does not compile ran nothing: the last run's timeline stays, dimmed, under a note.
    const broken = res.kind === 'syntax' && app.shown > 0;
    $('broken-note').hidden = !broken;
    if (!broken) frame.show({traceBin: res.traceBin, svg: res.svg, source: code, view: viewFor(res, at >= 0 ? b.view || 'both' : ''), at, lang: app.lang});
  } catch (err) {
    if (seq === app.runSeq) failed(err);
  } finally {
    clearInterval(tick);
    if (seq === app.runSeq) setRunning(false);
  }
}

// picture returns res's static picture: the one it came with (the course's runs), else the one
// draw.wasm draws in the page's language when the timeline shows a picture (no WebGL2, or the viewer
// still loading), else ''. A run of more than pictureEvents events has none (an SVG export draws it),
// nor has a run whose picture could not be drawn (draw.wasm offline, say): the timeline says so.
async function picture(res) {
  if (res.svg || frame.mode === 'viewer' || res.events > pictureEvents) return res.svg || '';
  try {
    return await drawer.call('svg', [res.traceBin, app.lang], {timeoutMs: runTimeoutMs});
  } catch (err) {
    console.warn('the static picture:', err);
    return '';
  }
}

// predict reveals a prediction block's run step by step (predict.js), then shows it whole.
function predict(res, code) {
  const view = viewFor(res, app.block.view || 'both');
  let bar = $('predict');
  if (!bar) ((bar = document.createElement('div')), (bar.id = 'predict'), (bar.className = 'predict'), $('console').before(bar));
  app.prediction = new Prediction({res, block: app.block, lang: app.lang, bar, console: $('console'), status: (text) => status(text),
    // The part revealed, a binary trace of the run's first events; the static picture (no WebGL2) of
    // it is draw.wasm's.
    show: (traceBin, at) => (frame.mode === 'svg'
      ? drawer.call('svg', [traceBin, app.lang]).then((svg) => frame.show({svg, source: code, at, lang: app.lang}))
      : frame.show({traceBin, source: code, view, at, lang: app.lang})),
    finish: (at) => {
      app.prediction = null;
      showResult(res);
      editor.mark(res.marks);
      frame.show({traceBin: res.traceBin, svg: res.svg, source: code, view: '', at, lang: app.lang});
    }});
}

// viewFor returns the view to show a run in: want ('' keeps the timeline's), unless that is the
// futures view and the run made no future (an edited script): then the threads view, not an empty one.
function viewFor(res, want) {
  return res.futures === 0 && (want || $('view-select').value) === 'futures' ? 'threads' : want;
}

function setRunning(on) {
  app.running = on;
  $('run').classList.toggle('running', on);
  $('run').querySelector('.run-icon').textContent = on ? '■' : '▶';
  $('run-label').textContent = t(app.lang, on ? 'stop' : 'run');
}

// showResult shows a run's output and how it ended.
function showResult(res) {
  const lang = app.lang;
  showOutput($('console'), res, filename, (n) => editor.goto(n));
  // A run that failed shows the end of its output, where the error is (a flood prints a megabyte first).
  $('console').scrollTop = res.stderr ? $('console').scrollHeight : 0;
  // A run the site holds took no time here: it says how long only the runs of this page took.
  const facts = `${t(lang, 'exit')} ${res.exitCode} · ${formatNs(res.virtualNs)} ${t(lang, 'virtual')}` +
    (res.precomputed ? '' : ` · ${t(lang, 'simulated')} ${formatMs(res.wallMs)}`);
  if (!res.error) return status(`✓ ${t(lang, 'finished')} · ${facts}`, 'ok');
  if (res.kind === 'cancelled') {
    const where = res.marks.length ? ` (${t(lang, 'errorAt', {n: res.marks[0].line})})` : '';
    status(`■ ${t(lang, 'stopped')}${where} · ${facts}`);
    $('status').title = `${res.error}\n${facts}`;
    return;
  }
  const where = res.marks.length ? ` (${t(lang, 'errorAt', {n: res.marks[0].line})})` : '';
  const expected = app.block?.expectError && res.error.startsWith(app.block.expectError.replace(/^(deadlock|limit)$/, ''));
  status(`${expected ? '●' : '✗'} ${res.error}${where}${expected ? ` — ${t(lang, 'expected')}` : ''}`, expected ? '' : 'err');
  $('status').title = `${res.error}\n${facts}`;
}

// failed explains a run that did not come back.
function failed(err) {
  const lang = app.lang;
  const kind = err instanceof RunnerError ? err.kind : '';
  const text = kind === 'timeout' ? t(lang, 'runaway', {s: runTimeoutMs / 1000})
    : kind === 'stopped' ? t(lang, 'stopped')
      : kind === 'load' ? t(lang, 'loadFailed', {e: err.message})
        : kind === 'offline' ? t(lang, 'runnerOffline')
        : t(lang, 'workerDied', {e: err.message});
  showMessage($('console'), text, 'err');
  status(`✗ ${t(lang, 'failed')}`, 'err');
}

function onShown(mode) {
  app.shown++;
  $('timeline').classList.remove('stale');
  if (!app.firstShownMs) {
    app.firstShownMs = performance.now();
    keepOffline();
  }
  $('viewer-controls').hidden = mode !== 'viewer';
  $('svg-note').hidden = mode !== 'svg';
  syncView();
  // A viewer that gave up leaves the static picture, which a run of the learner's came without.
  const res = app.result;
  if (mode === 'svg' && res && !res.svg && !res.pictureAsked && !app.prediction) {
    res.pictureAsked = true;
    picture(res).then((svg) => svg && res === app.result && !app.prediction &&
      ((res.svg = svg), frame.show({traceBin: res.traceBin, svg, source: res.code, view: '', at: -1, lang: app.lang})));
  }
}

// syncView shows in the view menu the view the timeline shows (its own key, v, changes it too).
async function syncView() {
  if (frame.mode !== 'viewer' || document.hidden) return;
  const st = await frame.state();
  if (st && $('view-select').value !== st.view && document.activeElement !== $('view-select')) $('view-select').value = st.view;
}

// keepOffline registers the service worker (sw.js), which keeps the site's files for offline use. It
// waits for the first timeline, so that its downloads never slow the page down: by then the browser
// has the shell it keeps, and the worker's copy costs a revalidation each. The rest it keeps as the
// page fetches it; what the page loaded before the worker was ready, keepLoaded tells it.
function keepOffline() {
  if (!('serviceWorker' in navigator)) return; // an insecure origin: no offline copy
  navigator.serviceWorker.register('sw.js').catch((err) => console.warn('offline copy:', err));
  navigator.serviceWorker.ready.then(keepLoaded);
}

// keepLoaded asks the service worker to keep the files the page and its timeline loaded so far (the
// first lesson, or runner.wasm fetched before the worker controlled the page); it keeps only the
// build's, once each.
function keepLoaded() {
  const sw = navigator.serviceWorker?.controller;
  if (!sw && !app.firstShownMs) return;
  const urls = [];
  for (const w of [window, $('timeline').contentWindow]) {
    try {
      for (const e of w.performance.getEntriesByType('resource')) urls.push(e.name);
    } catch {
      // A frame not loaded yet: the page's own files are enough.
    }
  }
  navigator.serviceWorker?.ready.then((reg) => (reg.active || sw)?.postMessage({type: 'keep', urls}));
}

// ---- sharing and exports -----------------------------------------------------------------------

async function share() {
  const st = await frame.state();
  const hash = await encodeRoute({lang: app.lang, slug: app.lesson.slug, block: app.block?.index,
    code: editor.code(), at: st?.playhead || 0});
  writeHash(hash);
  let copied = false;
  try {
    await navigator.clipboard.writeText(location.href);
    copied = true;
  } catch {
    // No clipboard (permissions, or an insecure origin): the box below lets people copy by hand.
  }
  $('share-msg').textContent = t(app.lang, copied ? 'shareCopied' : 'shareCopy');
  $('share-url').value = location.href;
  $('share-box').hidden = false;
  $('share-url').select();
}

async function exportAs(kind) {
  $('export').open = false;
  const res = app.result;
  if (!res) return notice(t(app.lang, 'exportNothing'));
  const base = `futurescope-${app.lesson?.slug || 'script'}`;
  const [name, type] = {svg: [`${base}.svg`, 'image/svg+xml'], trace: [`${base}.trace.json`, 'application/json'],
    chrome: [`${base}.chrome.json`, 'application/json']}[kind];
  // A picture that came with the run is saved at once (only in the page's language, which may have
  // changed since); the rest draw.wasm writes from the run's binary trace, in chunks, under a progress
  // bar (exports.js).
  if (kind === 'svg' && res.lang === app.lang && res.svg) return download(name, res.svg, type);
  await exportFile(drawer, {kind, traceBin: res.traceBin, lang: app.lang, name, type, anchor: $('export')});
}

// ---- wiring ------------------------------------------------------------------------------------

function wire() {
  $('run').addEventListener('click', toggleRun);
  $('reset').addEventListener('click', resetScript);
  $('scratch').addEventListener('click', () => choose(scratchSlug));
  $('share').addEventListener('click', share);
  $('share-close').addEventListener('click', () => ($('share-box').hidden = true));
  $('notice-close').addEventListener('click', () => notice(''));
  for (const kind of ['svg', 'trace', 'chrome']) {
    $(`export-${kind}`).addEventListener('click', () => exportAs(kind).catch((err) => notice(String(err.message || err))));
  }
  $('prev').addEventListener('click', () => go(-1));
  $('next').addEventListener('click', () => go(1));
  $('lesson-select').addEventListener('change', (e) => choose(e.target.value));
  $('home').addEventListener('click', (e) => (e.preventDefault(), choose(app.lessons[0].slug)));
  for (const b of document.querySelectorAll('[data-cmd]')) {
    b.addEventListener('click', () => frame.command(b.dataset.cmd, b.dataset.arg == null ? undefined : Number(b.dataset.arg)));
  }
  $('view-select').addEventListener('change', (e) => frame.command('view', e.target.value));
  document.addEventListener('keydown', (e) => {
    // The editor handles its own Ctrl+Enter (and marks it handled); this one is for the rest of the page.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) (e.preventDefault(), toggleRun());
    // Esc stops a run in progress, as the Stop button does.
    if (e.key === 'Escape' && app.running) (e.preventDefault(), runner.stop());
    // N and A step a prediction on (predict.js), unless the keys are for the editor or a field.
    if (app.prediction && !e.target.closest?.('.editor, input, select, textarea') && app.prediction.key(e)) e.preventDefault();
  });
  setInterval(syncView, 1000);
  // Back and Forward (popstate), and an address edited by hand (hashchange): both may fire for one move.
  const follow = () => location.hash !== app.ownHash && ((app.ownHash = location.hash), route().catch(fatal));
  addEventListener('hashchange', follow);
  addEventListener('popstate', follow);
  // Nothing typed is lost to a reload or a closed tab: what the pause in typing has not saved yet.
  addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => document.hidden && saveNow());
}

// runnerProgress draws the simulator's download under the toolbar: bytes of total (0: unknown) so
// far, and bytes -1 once it is over.
function runnerProgress(bytes, total) {
  const bar = $('runner-progress');
  bar.hidden = bytes < 0;
  if (bytes < 0) return;
  window.futurescopeRunnerProgress = {bytes, total}; // what the browser tests read
  const {pct, text} = progressText(t(app.lang, 'loadingRunner'), bytes, total);
  if (text === bar.querySelector('.text').textContent) return; // the same percentage: nothing to redraw
  bar.querySelector('.text').textContent = text;
  bar.querySelector('.fill').style.width = `${Math.max(pct, 0)}%`;
  if (pct >= 0) bar.setAttribute('aria-valuenow', String(pct));
}

function fatal(err) {
  console.error(err);
  const text = err instanceof OfflineError ? t(app.lang, 'lessonOffline') : t(app.lang, 'loadFailed', {e: err.message || err});
  notice(text);
  showMessage($('console'), text, 'err');
}

// The hooks the browser tests read; nothing on the page uses them.
window.futurescopePage = {
  state: () => ({lang: app.lang, runnerLoading: runner.loading, drawLoading: drawer.loading, precomputed: !!app.result?.precomputed, slug: app.lesson?.slug, block: app.block?.index, expectError: app.block?.expectError || '', running: app.running,
    runs: app.runs, shown: app.shown, mode: frame.mode, firstShownMs: app.firstShownMs, result: app.result &&
      {exitCode: app.result.exitCode, stdout: app.result.stdout, stderr: app.result.stderr,
        error: app.result.error, kind: app.result.kind, marks: app.result.marks, events: app.result.events, wallMs: app.result.wallMs, virtualNs: app.result.virtualNs}}),
  timeline: () => frame.state(),
  code: () => editor.code(),
  setCode: (text) => editor.setCode(text), // as typing would: the script is saved
  // A run of the simulator itself, whatever the course holds (TestPrecomputedRuns compares the two).
  runLive: (code, options) => runner.call('run', [code, options], {timeoutMs: runTimeoutMs}),
  // A call of draw.wasm's (svg, chromeTrace, traceJSON) on a binary trace.
  draw: (type, args) => drawer.call(type, args),
  saved: () => Object.keys(localStorage).filter((k) => k.startsWith('futurescope.script.')).sort(),
};

app.lang = (navigator.language || '').startsWith('zh') ? 'zh' : 'en';
localize();
wire();
if (presenting()) new Presenter($('prose'), () => app.lang);
route().catch(fatal);
