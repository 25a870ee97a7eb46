// lesson.js: the lesson list and the lesson's prose, and the course's files they come from. The HTML
// comes from the lessons package (goldmark), rendered when the site was built (cmd/wasm/runner writes
// course/LANG.json, course/LANG/SLUG.json and each block's run, course/LANG/SLUG/N.json); script
// blocks arrive as <pre class="fs-code" data-block="N"> and get buttons here.
import {t} from './i18n.js';
import {takeAnswers} from './predict.js';

/** fetchList resolves with the lessons in lang: [{slug, title, summary}], in order. */
export function fetchList(lang) {
  return fetchJSON(`course/${lang}.json`);
}

/**
 * fetchLesson resolves with lesson slug in lang: {slug, title, summary, html, blocks}, each block
 * {index, code, norun, cores, freeThreaded, expectError, view, at, run, lang}; run names the file of
 * the block's run ('' if the site has none), lang is the lesson's.
 */
export async function fetchLesson(lang, slug) {
  const key = `${lang}/${slug}`;
  let got = fetched.get(key);
  if (!got) {
    got = fetchJSON(`course/${lang}/${encodeURIComponent(slug)}.json`);
    fetched.set(key, got);
    got.catch(() => fetched.delete(key)); // asked again, it is fetched again
  }
  const lesson = structuredClone(await got); // the page marks up its copy (predict.js)
  for (const b of lesson.blocks) b.lang = lang;
  return lesson;
}

// fetched holds the lessons fetched so far, by language and slug: a Promise of each one's file, so
// that the page may ask for a lesson early (route, beside the lesson list) and again when it opens it.
const fetched = new Map();

/**
 * fetchRun resolves with the run the site holds in file (a block's run): what the runner's run()
 * resolves with (traceBin a Uint8Array), marked precomputed, with no wallMs, and with its picture (svg,
 * as draw.wasm draws it); or with null if it could not be read (the runner makes it then).
 */
export async function fetchRun(file) {
  try {
    const res = await fetchJSON(file);
    res.traceBin = base64Bytes(res.traceBin || '');
    res.precomputed = true;
    return res;
  } catch (err) {
    console.warn('course:', err);
    return null;
  }
}

/** An OfflineError is a course file that could not be fetched: no network, and no offline copy. */
export class OfflineError extends Error {}

async function fetchJSON(url) {
  let resp;
  try {
    resp = await fetch(url);
  } catch (err) {
    throw new OfflineError(`${url}: ${err.message}`);
  }
  if (!resp.ok) throw new Error(`${url}: ${resp.status} ${resp.statusText}`);
  return resp.json();
}

// base64Bytes decodes base64 (Go's encoding/json writes []byte so) into a Uint8Array.
function base64Bytes(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** fillList puts the lessons [{slug, title}] in the <select> el, numbered, with slug selected. */
export function fillList(el, lessons, slug) {
  el.replaceChildren(...lessons.map((l, i) => {
    const o = document.createElement('option');
    o.value = l.slug;
    o.textContent = `${i + 1}. ${l.title}`;
    o.title = l.summary || '';
    return o;
  }));
  el.value = slug;
}

/**
 * showLesson puts lesson {title, html, blocks} in the article el. Each runnable block gets a button
 * that calls onBlock(block, run): run is true for "Run this", false for "Open in the editor". A
 * prediction block's button says "Predict, then run"; its block gets predict and questions (see
 * predict.js), and its answers stay off the page until they are revealed. So does the section of
 * answers at the lesson's end, until the learner asks for it.
 */
export function showLesson(el, lesson, lang, onBlock) {
  const h1 = document.createElement('h1');
  h1.textContent = lesson.title;
  const tpl = document.createElement('template'); // inert: nothing in it is on the page yet
  tpl.innerHTML = lesson.html;
  const questions = takeAnswers(tpl.content);
  hideAnswersSection(tpl.content, lang);
  const body = document.createElement('div');
  body.append(tpl.content);
  el.replaceChildren(h1, body);
  for (const pre of body.querySelectorAll('pre.fs-code[data-block]')) {
    const block = lesson.blocks.find((b) => String(b.index) === pre.dataset.block);
    if (!block) continue;
    if (pre.hasAttribute('data-predict')) {
      block.predict = true;
      block.questions = questions.get(block.index) || [];
    }
    pre.before(blockBar(block, lang, onBlock));
  }
  el.scrollTop = 0;
}

// hideAnswersSection takes out what follows the lesson's heading of answers (## Answers, marked
// data-answers), up to the next heading of its level, and puts a button there that brings it back.
function hideAnswersSection(root, lang) {
  const h = root.querySelector('h2[data-answers]');
  if (!h) return;
  const taken = [];
  for (let n = h.nextSibling; n && !/^H[12]$/.test(n.nodeName); n = h.nextSibling) taken.push(n), n.remove();
  const b = button(lang === 'zh' ? '显示答案' : 'Show the answers', 'show-answers', () => b.replaceWith(...taken));
  h.after(b);
}

// blockBar is the row of buttons above a script block.
function blockBar(block, lang, onBlock) {
  const bar = document.createElement('div');
  bar.className = 'block-bar';
  if (block.norun) {
    const note = document.createElement('span');
    note.className = 'muted';
    note.textContent = t(lang, 'norun');
    bar.append(note);
    return bar;
  }
  const run = block.predict ? (lang === 'zh' ? '先预测，再运行' : 'Predict, then run') : t(lang, 'runThis');
  bar.append(button(run, block.predict ? 'predict-block' : 'run-block', () => onBlock(block, true)),
    button(t(lang, 'edit'), 'edit-block', () => onBlock(block, false)));
  return bar;
}

function button(text, cls, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** firstRunnable returns the lesson's first block that runs, or its first block, or null. */
export function firstRunnable(lesson) {
  return lesson.blocks.find((b) => !b.norun) || lesson.blocks[0] || null;
}
