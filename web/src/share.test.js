// share.test.js: node --test web/src/share.test.js (make test-web runs it).
import {test as nodeTest} from 'node:test';
import assert from 'node:assert/strict';
import {encodeRoute, decodeRoute, pack, unpack, ShareError, maxCode} from './share.js';

// Browsers have had CompressionStream('deflate-raw') since 2023; node since 21.2 and 20.12. Older
// nodes (Debian 12 ships 18) skip these tests rather than fail them.
const skip = (() => {
  try {
    new CompressionStream('deflate-raw');
    return false;
  } catch {
    return `this node (${process.version}) has no CompressionStream('deflate-raw')`;
  }
})();
const test = (name, fn) => nodeTest(name, {skip}, fn);

const script = 'from concurrent.futures import ThreadPoolExecutor\n\nprint("你好, wörld")\n';

test('a share link round-trips', async () => {
  const route = {lang: 'zh', slug: '03-callbacks', block: 2, code: script, at: 1500000};
  const hash = await encodeRoute(route);
  assert.match(hash, /^#zh\/03-callbacks\?b=2&at=1500000&code=[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeRoute(hash), route);
});

test('a lesson link has no code', async () => {
  assert.equal(await encodeRoute({lang: 'en', slug: '01-x'}), '#en/01-x');
  assert.deepEqual(await decodeRoute('#en/01-x'), {lang: 'en', slug: '01-x', block: 0, code: null, at: 0});
  assert.deepEqual(await decodeRoute(''), {lang: '', slug: '', block: 0, code: null, at: 0});
  assert.deepEqual(await decodeRoute('#zh'), {lang: 'zh', slug: '', block: 0, code: null, at: 0});
});

test('malformed links say why', async () => {
  const good = await pack(script);
  const bad = [
    '#hello world', '#en/01-x?code=***', `#en/01-x?code=${good.slice(0, good.length - 3)}`,
    '#en/01-x?code=AAAA', '#en/01-x?at=-5', '#en/01-x?b=x', '#EN/01', `#en/01-x?code=${good}A`,
  ];
  for (const hash of bad) {
    await assert.rejects(decodeRoute(hash), ShareError, hash);
  }
});

test('a damaged link still names its lesson', async () => {
  await assert.rejects(decodeRoute('#zh/02-map?code=AAAA'), (err) => err.route.lang === 'zh' && err.route.slug === '02-map');
});

test('an inflating bomb is refused', async () => {
  const bomb = await pack('x'.repeat(maxCode + 1));
  await assert.rejects(unpack(bomb), /longer than/);
});

test('random fragments never throw anything but ShareError', async () => {
  let seed = 1;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const alphabet = 'ab-_/?=&#%AZ09enzh\u00e9';
  const good = await pack(script);
  for (let i = 0; i < 2000; i++) {
    let s = i % 2 ? `#en/01-x?code=${good}` : '#';
    const k = rand(6);
    for (let j = 0; j < k; j++) {
      const at = rand(s.length + 1);
      s = s.slice(0, at) + alphabet[rand(alphabet.length)] + s.slice(at + (rand(2)));
    }
    try {
      await decodeRoute(s);
    } catch (err) {
      assert.ok(err instanceof ShareError, `${JSON.stringify(s)}: ${err}`);
    }
  }
});
