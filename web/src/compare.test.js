// compare.test.js: node --test web/src/compare.test.js (make test-web runs it). The parts of the
// comparison panel that need no page: the size check made before a file is read, the verdict, and
// compare.wasm that cannot be fetched.
import {test} from 'node:test';
import assert from 'node:assert/strict';

import {maxBytes, tooBigError, verdict, Comparer, CompareError} from './compare.js';

test('a file over 100 MB is refused in the words compare.CheckSize uses', () => {
  assert.equal(maxBytes, 100 * 1024 * 1024);
  assert.equal(tooBigError('en', 'huge.json', 101 * 1024 * 1024),
    'compare: huge.json is 101.0 MB, larger than the 100 MB a recorded trace may be: record a shorter run (fewer futures, or a --limit)');
  assert.match(tooBigError('zh', 'huge.json', 150 * 1024 * 1024), /^compare: huge\.json 有 150\.0 MB，超过录制轨迹的上限 100 MB/);
});

test('the verdict is the runner\'s in English and counts the same differences in Chinese', () => {
  const diffs = [{ordering: true, tie: false}, {ordering: false, tie: true}, {ordering: false, tie: false}, {ordering: false, tie: false}];
  assert.equal(verdict('en', {verdict: 'as compare says', diffs}), 'as compare says');
  assert.equal(verdict('zh', {verdict: '', diffs}), '事件顺序有 1 处与 CPython 不同；另有 1 处模拟自行决定的平局，2 个完成时间超出容差。');
  assert.equal(verdict('zh', {verdict: '', diffs: []}), '事件顺序与 CPython 一致，每个 future 都在容差内完成。');
  assert.equal(verdict('zh', {verdict: '', diffs: diffs.slice(2)}), '事件顺序与 CPython 一致；2 个完成时间超出容差。');
});

test('compare.wasm out of reach is a CompareError that says offline, and the next load tries again', async () => {
  const fetched = [];
  const realFetch = globalThis.fetch;
  try {
    globalThis.fetch = async (url) => {
      fetched.push(url);
      if (fetched.length === 1) throw new TypeError('Failed to fetch');
      return new Response('', {status: 404, statusText: 'Not Found'});
    };
    const c = new Comparer('compare.wasm');
    await assert.rejects(c.load(), (err) => err instanceof CompareError && err.kind === 'offline' && err.message === 'compare.wasm: Failed to fetch');
    await assert.rejects(c.load(), (err) => err instanceof CompareError && err.kind === 'load' && err.message === 'compare.wasm: 404 Not Found');
    assert.deepEqual(fetched, ['compare.wasm', 'compare.wasm']);
  } finally {
    globalThis.fetch = realFetch;
  }
});
