// exports.js: exports that draw.wasm's worker writes a chunk at a time (worker.js 'export') from a run's
// binary trace, with a progress bar and a Cancel button. A big run's export is tens of megabytes: made
// in one piece and handed to the page, it froze the page while the browser copied and decoded it; now
// the worker gathers the chunks into a Blob, and the page only saves it.

import {download} from './output.js';

const words = {
  en: {exporting: 'Exporting', cancel: 'Cancel',
    offline: 'Exports need the network once: their writer (draw.wasm) is not kept on this device yet. Connect once, and exports work offline from then on.'},
  zh: {exporting: '正在导出', cancel: '取消',
    offline: '导出需要联网一次：导出程序（draw.wasm）还没有保存在这台设备上。联网一次之后，离线也能导出。'},
};

/**
 * exportFile has the worker of runner (draw.wasm's) write the export kind ('chrome', 'trace' or 'svg')
 * of traceBin (a run's binary trace) in lang, showing its progress beside anchor, and saves it as name
 * (a file of MIME type type). It resolves with true once saved, false if the learner cancelled it; it
 * rejects if the export failed (offline, with a sentence saying that the writer needs the network
 * once). One export runs at a time: a second one cancels the first.
 */
export async function exportFile(runner, {kind, traceBin, lang = 'en', name, type, anchor}) {
  const bar = progressBar(anchor, lang);
  bar.cancel(); // an export still in progress gives way to this one
  let cancelled = false;
  const {id, done} = runner.stream('export', [kind, traceBin, lang], (bytes, progress) => {
    if (!cancelled) bar.show(name, progress, bytes);
  });
  // Cancel takes effect at once here; the worker stops at its next chunk, which may be a while when
  // the writer is still gathering what to write.
  let cancel;
  const stopped = new Promise((resolve) => (cancel = resolve));
  bar.onCancel = () => {
    cancelled = true;
    runner.cancelStream(id);
    cancel();
  };
  bar.show(name, 0, 0);
  let blob;
  try {
    blob = await Promise.race([done, stopped]);
  } catch (err) {
    if (cancelled) return false;
    if (err.kind === 'offline') throw new Error((words[lang] || words.en).offline);
    throw err;
  } finally {
    bar.hide();
  }
  done.catch(() => {}); // a cancelled export's end is of no interest
  if (cancelled) return false;
  download(name, blob, type);
  return true;
}

// progressBar returns a handle on the export's progress bar (made the first time, beside anchor):
// {show(name, progress, bytes), hide(), cancel() (the export that has the bar), onCancel (setting it
// gives the bar to this handle's export)}.
function progressBar(anchor, lang) {
  let el = document.getElementById('export-progress');
  if (!el) {
    el = document.createElement('div');
    el.id = 'export-progress';
    el.hidden = true;
    el.setAttribute('role', 'status');
    // Fixed in a corner, over the page: showing it moves nothing (a timeline that changed size would
    // redraw its whole run).
    el.style.cssText = 'position:fixed;right:1em;bottom:1em;z-index:20;display:flex;align-items:center;gap:.5em;' +
      'font-size:.85em;white-space:nowrap;background:#fff;color:#222;border:1px solid #bbb;border-radius:6px;' +
      'padding:.4em .6em;box-shadow:0 2px 8px rgba(0,0,0,.2);';
    const label = document.createElement('span');
    const bar = document.createElement('progress');
    bar.max = 1;
    bar.value = 0;
    bar.style.cssText = 'width:7em;';
    const button = document.createElement('button');
    button.id = 'export-cancel';
    button.type = 'button';
    el.append(label, bar, button);
    (anchor && anchor.parentNode ? anchor.parentNode : document.body).insertBefore(el, anchor ? anchor.nextSibling : null);
    el.controls = {label, bar, button, onCancel: null};
    button.addEventListener('click', () => el.controls.onCancel && el.controls.onCancel());
  }
  const c = el.controls;
  const w = words[lang] || words.en;
  c.button.textContent = w.cancel;
  const me = {}; // the export this handle is for: the bar is its own until another takes it
  return {
    show(name, progress, bytes) {
      if (c.owner !== me) return;
      c.label.textContent = `${w.exporting} ${name.split('.').slice(1).join('.')}: ${(bytes / 1e6).toFixed(0)} MB`;
      c.label.title = name;
      c.bar.value = progress;
      el.hidden = false;
    },
    hide() {
      if (c.owner !== me) return;
      el.hidden = true;
      c.onCancel = null;
    },
    cancel() {
      if (c.onCancel) c.onCancel();
    },
    set onCancel(f) {
      c.owner = me;
      c.onCancel = f;
    },
  };
}
