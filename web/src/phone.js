// phone.js: the page on a phone or a narrow window (up to 700 px wide). The lesson and the work (the
// script, Run, the output and the timeline) become two tabs under the bar, and the work tab fits the
// screen: the editor, Run and the timeline are all in view without scrolling the page (style.css,
// body.phone). "Run this" and "Open in the editor" in the lesson open the work tab.

/** narrowQuery is the width up to which the page takes its phone layout. */
export const narrowQuery = '(max-width: 700px)';

/**
 * setUpPhone makes the tabs (before the element main) and keeps body's classes in step with the
 * window's width. words(key) gives the tabs' labels in the page's language; call the returned
 * relabel() after the language changes. It returns {relabel, show(tab)}, tab 'lesson' or 'work'.
 */
export function setUpPhone(main, words) {
  const tabs = document.createElement('nav');
  tabs.className = 'phone-tabs';
  tabs.setAttribute('role', 'tablist');
  const buttons = {};
  for (const [tab, key, controls] of [['lesson', 'tabLesson', 'prose'], ['work', 'tabScript', 'work']]) {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = `tab-${tab}`;
    b.dataset.key = key;
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-controls', controls);
    b.addEventListener('click', () => show(tab));
    buttons[tab] = b;
    tabs.append(b);
  }
  main.before(tabs);

  function show(tab) {
    document.body.dataset.tab = tab;
    for (const [name, b] of Object.entries(buttons)) b.setAttribute('aria-selected', String(name === tab));
    // The work lies under the lesson tab (style.css): out of reach of keys and screen readers there.
    document.getElementById('work').inert = document.body.classList.contains('phone') && tab === 'lesson';
    // The editor and the timeline measure themselves when they become visible.
    dispatchEvent(new Event('resize'));
  }
  function relabel() {
    tabs.setAttribute('aria-label', words('tabs'));
    for (const b of Object.values(buttons)) b.textContent = words(b.dataset.key);
  }

  const query = matchMedia(narrowQuery);
  const follow = () => {
    document.body.classList.toggle('phone', query.matches);
    show(document.body.dataset.tab || 'lesson');
  };
  query.addEventListener('change', follow);
  follow();
  relabel();
  // A block's buttons in the lesson put its script in the editor: show it.
  main.addEventListener('click', (e) => {
    if (e.target.closest?.('.block-bar button')) show('work');
  });
  return {relabel, show};
}
