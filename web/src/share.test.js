// share.test.js: node --test web/src/share.test.js (make test-web runs it).
import {test} from 'node:test';
import assert from 'node:assert/strict';

import {deflateRawSync, inflateRawSync} from 'node:zlib';
import {encodeRoute, decodeRoute, pack, unpack, ShareError, maxCode} from './share.js';

// share.js compresses with fflate, which make web fetches into node_modules: these tests run on any
// node (Debian 12's is 18) and never skip.
const script = 'from concurrent.futures import ThreadPoolExecutor\n\nprint("你好, wörld")\n';

test('a share link round-trips', async () => {
  const route = {lang: 'zh', slug: '03-callbacks', block: 2, code: script, at: 1500000};
  const hash = await encodeRoute(route);
  assert.match(hash, /^#zh\/03-callbacks\?b=2&at=1500000&code=[A-Za-z0-9_-]+$/);
  assert.deepEqual(await decodeRoute(hash), route);
});

// oldLink is a share link's code as the page wrote it with CompressionStream('deflate-raw'), before
// fflate: links already handed out must still open.
const oldLink = 'bckxDoIwFAbgvaf4E5c2IQSIk4mjuwO7qfgIjZRHXl9Dj-PiMbiN3sML-K3fKBwx8DJkEVq0HrNmoYQQVxZFPwn5x5V5vhQasrIYswWd_oSNvtw2lidJOncOPoHKyQDAKmFRS6VO-R6D2pW3Cl2FtnG1UMqzWueAA9qmO1b47K_vezc_';
const oldScript = 'from concurrent.futures import ThreadPoolExecutor\n\nwith ThreadPoolExecutor(max_workers=2) as ex:\n    print(ex.submit(pow, 2, 10).result())  # 1024, 你好\n';

const b64url = (buf) => Buffer.from(buf).toString('base64url');

test('a link written by the browser\'s CompressionStream still opens', async () => {
  assert.equal(await unpack(oldLink), oldScript);
  assert.deepEqual(await decodeRoute(`#en/02-map?b=3&code=${oldLink}`), {lang: 'en', slug: '02-map', block: 3, code: oldScript, at: 0});
});

test('links are plain raw deflate, as zlib reads and writes it', async () => {
  assert.equal(inflateRawSync(Buffer.from(await pack(script), 'base64url')).toString(), script);
  for (const level of [0, 1, 9]) {
    assert.equal(await unpack(b64url(deflateRawSync(Buffer.from(oldScript), {level}))), oldScript, `zlib level ${level}`);
  }
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
  assert.equal(await unpack(await pack('x'.repeat(maxCode))), 'x'.repeat(maxCode));
  await assert.rejects(unpack(await pack('x'.repeat(maxCode + 1))), /longer than 256 KiB/);
  // 256 MiB of zeros in a 250 KiB link: refused after its first chunks, never inflated whole.
  const bomb = b64url(deflateRawSync(Buffer.alloc(256 << 20), {level: 9}));
  const before = process.memoryUsage().arrayBuffers;
  await assert.rejects(unpack(bomb), /longer than/);
  assert.ok(process.memoryUsage().arrayBuffers - before < 16 << 20, 'the bomb was inflated into memory');
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
