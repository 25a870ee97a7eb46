// output.js: the console under the editor (what a run printed, and how it ended) and the downloads.

/** formatNs writes a virtual duration for people: "0 s", "250 µs", "1.5 ms", "2 s". */
export function formatNs(ns) {
  const units = [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']];
  if (ns === 0) return '0 s';
  for (const [size, unit] of units) {
    if (Math.abs(ns) >= size) return `${+(ns / size).toPrecision(3)} ${unit}`;
  }
  return `${ns} ns`;
}

/** formatMs writes a real duration in milliseconds: "35 ms", "1.2 s". */
export function formatMs(ms) {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${+(ms / 1000).toPrecision(2)} s`;
}

/**
 * showOutput fills the console el with a run's stdout and stderr. Lines of stderr that name a line of
 * the script ("File "script.py", line 7", "[line 7]", or a Chinese report's "[第 7 行]") become links;
 * onLine(n) follows them. A Chinese report's lines that explain an exception ("说明 KeyError：…",
 * sim/script's Explain) are set apart from Python's own. A console held at its height (showMessage)
 * keeps it.
 */
export function showOutput(el, {stdout, stderr}, filename, onLine) {
  el.replaceChildren();
  if (stdout) el.append(...clipLines(stdout, maxConsoleLines).map(([cls, text]) => span(cls, text)));
  if (!stderr) return;
  const re = new RegExp(`(File "${escapeRe(filename)}", line (\\d+))|\\[line (\\d+)\\]|\\[第 (\\d+) 行\\]`, 'g');
  // Plain text gathers in text and goes into the console's current error span in one piece, so that a
  // long stderr makes a few nodes, not one a line.
  let err = null;
  let text = '';
  const flush = (always = false) => {
    if (!text && !always) return;
    if (!err) el.append((err = span('err', '')));
    err.append(text);
    text = '';
  };
  for (const line of stderr.split(/(?<=\n)/)) {
    if (explainLine.test(line)) {
      flush();
      el.append(span('explain', line));
      err = null;
      continue;
    }
    let last = 0;
    for (const m of line.matchAll(re)) {
      text += line.slice(last, m.index);
      flush(true);
      const a = document.createElement('a');
      a.href = '#';
      a.textContent = m[0];
      const n = Number(m[2] || m[3] || m[4]);
      a.addEventListener('click', (e) => (e.preventDefault(), onLine(n)));
      err.append(a);
      last = m.index + m[0].length;
    }
    text += line.slice(last);
  }
  flush();
}

// explainLine is a Chinese report's line that explains an exception (sim/script's explainPrefix).
const explainLine = /^说明 [\w.]+：/;

/**
 * maxConsoleLines is the most lines of a run's output the console shows: laying out a flood of a
 * hundred thousand lines froze the page for seconds, for text nobody scrolls through, and the 4,000
 * shown until Dec 5 still took 70 ms of layout and text shaping on the page's thread (more under load).
 */
export const maxConsoleLines = 1000;

/**
 * clipLines splits text for the console: [['out', text]] when it has at most max lines, else its first
 * and last max/2 lines with a note between, [['out', head], ['note', '… N lines not shown …'], ['out',
 * tail]].
 */
export function clipLines(text, max) {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  if (!text.endsWith('\n')) n++;
  if (n <= max) return [['out', text]];
  const half = Math.floor(max / 2);
  let head = -1;
  for (let k = 0; k < half; k++) head = text.indexOf('\n', head + 1);
  let tail = text.endsWith('\n') ? text.length - 1 : text.length;
  for (let k = 0; k < half; k++) tail = text.lastIndexOf('\n', tail - 1);
  const hidden = n - 2 * half;
  return [['out', text.slice(0, head + 1)], ['note', `… ${hidden.toLocaleString('en')} ${hidden === 1 ? 'line' : 'lines'} not shown …\n`], ['out', text.slice(tail + 1)]];
}

/**
 * showMessage puts a single message in the console el; kind is 'note' or 'err'. From a run's note on,
 * the console keeps the height it has (showOutput's output scrolls in it): the timeline under it then
 * keeps its size. A resized timeline is a new canvas for WebGL, and in a browser without a GPU each
 * resize held the page's thread for 0.1 to 0.35 s (Chrome's commit waits for the canvas to be drawn
 * in software and read back), as each run started and again when its output came.
 */
export function showMessage(el, text, kind = 'note') {
  const h = el.getBoundingClientRect().height;
  if (h > 0 && el.childNodes.length > 0) el.style.height = `${h}px`;
  el.replaceChildren(span(kind, text));
}

function span(cls, text) {
  const s = document.createElement('span');
  s.className = cls;
  s.textContent = text;
  return s;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** download saves text as a file called name. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
