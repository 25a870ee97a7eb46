// saved.js: the learner's scripts, kept in this browser (localStorage) so that nothing typed is lost
// to a reload, a lesson change or a share link: each lesson block's edited script, keyed by language,
// lesson and block, and the scratch pad's. A script equal to the lesson's own is not kept. Where
// storage is unavailable (blocked, full, a private window's quota) the page works as before.

const prefix = 'futurescope.script.';

/** scriptKey names the saved script of block (its index) of lesson slug in language lang. */
export function scriptKey(lang, slug, block) {
  return `${prefix}${lang}/${slug}/${block}`;
}

/** loadScript returns the script saved under key, or null. */
export function loadScript(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** saveScript keeps code under key, or forgets it when it is the lesson's own script, original. */
export function saveScript(key, code, original) {
  try {
    if (code === original) localStorage.removeItem(key);
    else localStorage.setItem(key, code);
  } catch (err) {
    console.warn('saving the script:', err);
  }
}

/** scratchSlug is the address of the scratch pad, #en/scratch: no lesson is named so. */
export const scratchSlug = 'scratch';

/** scratchLesson is the scratch pad as a lesson: a short text and one script block to edit. */
export function scratchLesson(lang, title, intro) {
  const p = document.createElement('p');
  p.textContent = intro;
  return {slug: scratchSlug, title, html: p.outerHTML, blocks: [{index: 1, code: starter, at: 0}]};
}

const starter = `from concurrent.futures import ThreadPoolExecutor
import time


def work(n):
    time.sleep(0.1 * n)
    return n * n


with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(work, [1, 2, 3])))
`;
