// present.js: presenter mode, the page at ?present. The timeline takes the width of the screen under
// the script, and the lesson shows one section a slide (its title and introduction, then each ##
// section), moved with ←/→ or PgUp/PgDn, as the Go Tour's present mode does. Sizes follow the window
// (style.css, body.present): at 1920×1080 capital letters of the lesson are at least 28 px tall.

const words = {
  en: {prev: 'Previous slide (←, PgUp)', next: 'Next slide (→, PgDn)', leave: 'Leave presenter mode'},
  zh: {prev: '上一页（←、PgUp）', next: '下一页（→、PgDn）', leave: '退出演示模式'},
};

/** presenting reports whether the page was opened at ?present. */
export function presenting(search = location.search) {
  return new URLSearchParams(search).has('present');
}

/**
 * splitSlides returns the slides of a lesson's text, in order: each an array of the top-level nodes
 * it shows. The first slide is everything before the first level-2 heading (the title and the
 * introduction); each level-2 heading starts the next.
 */
export function splitSlides(nodes) {
  const slides = [[]];
  for (const n of nodes) {
    if (n.nodeName === 'H2' && slides[slides.length - 1].length > 0) slides.push([]);
    slides[slides.length - 1].push(n);
  }
  return slides.filter((s) => s.length > 0);
}

/**
 * A Presenter shows the lesson in prose one slide at a time. lang() is the page's language. The
 * prose is re-split whenever the page puts a new lesson in it.
 */
export class Presenter {
  constructor(prose, lang) {
    this.prose = prose;
    this.lang = lang;
    this.cur = 0;
    this.slides = [];
    this.nav = document.createElement('nav');
    this.nav.className = 'slide-nav';
    document.body.classList.add('present');
    new MutationObserver(() => this.split()).observe(prose, {childList: true});
    document.addEventListener('keydown', (e) => this.key(e));
    this.split();
  }

  // split wraps each slide's nodes in a <section class="slide"> and shows the first.
  split() {
    const body = this.prose.querySelector(':scope > div') || this.prose;
    const h1 = this.prose.querySelector(':scope > h1');
    if (!h1 || body.querySelector(':scope > section.slide')) return; // nothing yet, or done
    const slides = splitSlides([...body.childNodes]);
    slides[0]?.unshift(h1); // the title opens the first slide
    this.slides = slides.map((nodes) => {
      const s = document.createElement('section');
      s.className = 'slide';
      s.append(...nodes);
      body.append(s);
      return s;
    });
    this.go(0);
  }

  /** go shows slide i (clamped). */
  go(i) {
    if (!this.slides.length) return;
    this.cur = Math.max(0, Math.min(i, this.slides.length - 1));
    this.slides.forEach((s, k) => (s.hidden = k !== this.cur));
    this.prose.scrollTop = 0;
    this.drawNav();
  }

  drawNav() {
    const w = words[this.lang()] || words.en;
    const b = (text, title, to, disabled) => {
      const el = document.createElement('button');
      el.type = 'button';
      el.className = 'icon';
      el.textContent = text;
      el.title = title;
      el.setAttribute('aria-label', title);
      el.disabled = disabled;
      el.addEventListener('click', () => this.go(to));
      return el;
    };
    const count = document.createElement('span');
    count.className = 'slide-count';
    count.textContent = `${this.cur + 1} / ${this.slides.length}`;
    const leave = document.createElement('a');
    leave.href = location.pathname + location.hash;
    leave.textContent = '×';
    leave.title = w.leave;
    leave.className = 'slide-leave';
    this.nav.replaceChildren(b('←', w.prev, this.cur - 1, this.cur === 0), count,
      b('→', w.next, this.cur + 1, this.cur >= this.slides.length - 1), leave);
    this.prose.prepend(this.nav);
  }

  // key moves between slides, unless the keys are for something else: the editor, a field, a menu.
  key(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (e.target.closest?.('.editor, input, select, textarea')) return;
    const d = {ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1}[e.key];
    if (!d) return;
    e.preventDefault();
    this.go(this.cur + d);
  }
}
