// lesson.js: the lesson list and the lesson's prose. The HTML comes from the lessons package (goldmark,
// in the runner); script blocks arrive as <pre class="fs-code" data-block="N"> and get buttons here.
import {t} from './i18n.js';

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
 * that calls onBlock(block, run): run is true for "Run this", false for "Open in the editor".
 */
export function showLesson(el, lesson, lang, onBlock) {
  const h1 = document.createElement('h1');
  h1.textContent = lesson.title;
  const body = document.createElement('div');
  body.innerHTML = lesson.html;
  el.replaceChildren(h1, body);
  for (const pre of body.querySelectorAll('pre.fs-code[data-block]')) {
    const block = lesson.blocks.find((b) => String(b.index) === pre.dataset.block);
    if (block) pre.before(blockBar(block, lang, onBlock));
  }
  el.scrollTop = 0;
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
  bar.append(button(t(lang, 'runThis'), 'run-block', () => onBlock(block, true)),
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
