// frame.js: the page's side of the timeline, which lives in a same-origin iframe (timeline.html)
// because ebiten takes over the document it runs in. Messages: web/README.md.

export class TimelineFrame {
  /**
   * iframe is the timeline's <iframe>; onShown(mode) is called each time a run has been drawn, onRun
   * when the learner pressed Ctrl/⌘+Enter in the frame.
   */
  constructor(iframe, {onShown = () => {}, onRun = () => {}} = {}) {
    this.iframe = iframe;
    this.onShown = onShown;
    this.onRun = onRun;
    this.mode = '';
    this.seq = 0;
    this.pending = new Map();
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    // loaded: the frame takes runs (it previews them while its viewer loads); ready: its viewer is up.
    this.loaded = new Promise((resolve) => (this.resolveLoaded = resolve));
    window.addEventListener('message', (e) => this.receive(e));
    if (iframe.contentWindow?.futurescopeLoaded) this.resolveLoaded(); // it loaded before this page's script
  }

  receive(e) {
    if (e.source !== this.iframe.contentWindow || e.origin !== location.origin) return;
    const m = e.data;
    switch (m.type) {
      case 'loaded':
        this.resolveLoaded();
        break;
      case 'ready':
        this.mode = m.mode;
        this.resolveLoaded();
        this.resolveReady(m.mode);
        break;
      case 'shown':
        this.mode = m.mode; // the viewer may have given up for the static picture
        this.onShown(m.mode, m.error);
        break;
      case 'previewed':
        // The run's picture stands in while the viewer loads: it is the run's, so not dimmed as a
        // stale timeline is. ('shown' follows once the viewer has drawn it.)
        this.iframe.classList.remove('stale');
        break;
      case 'run':
        this.onRun();
        break;
      case 'state': {
        const resolve = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (resolve) resolve(m.state);
        break;
      }
    }
  }

  async post(msg) {
    await (msg.type === 'show' ? this.loaded : this.ready);
    this.iframe.contentWindow.postMessage(msg, location.origin);
  }

  /**
   * show draws a run: {traceBin, svg, source, view, at, lang}, traceBin the runner's binary trace (or
   * the part of it a prediction revealed), svg its static picture. view ('futures', 'threads', 'both')
   * may be left out, and at (ns) may be -1, to keep what the timeline shows; lang ('en', 'zh') is the
   * language of the viewer's own words. It may be sent before the viewer is up: the frame shows the
   * run's static picture (svg) at once, and the viewer draws it once it has loaded.
   */
  show(run) {
    return this.post({type: 'show', ...run});
  }

  /**
   * command sends the viewer a command: play, step (arg n), seek (arg ns), fit, help, view (arg name),
   * lang (arg 'en' or 'zh': its words switch, its state stays).
   */
  command(op, arg) {
    return this.post({type: 'command', op, arg});
  }

  /** state resolves with what the timeline shows: {shown, playhead, end, playing, view, lang, frames}. */
  async state() {
    await this.ready;
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.iframe.contentWindow.postMessage({type: 'state', id}, location.origin);
      setTimeout(() => this.pending.has(id) && (this.pending.delete(id), resolve(null)), 2000);
    });
  }
}
