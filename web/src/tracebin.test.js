// Tests of tracebin.js, the page's reader of the runner's binary trace (node --test), against the
// golden files of sim/trace: the sample trace as JSON and in its binary form, and its first 20
// events in the binary form (TestBinaryGolden writes them).
import test from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {readTrace} from './tracebin.js';

const testdata = new URL('../../sim/trace/testdata/', import.meta.url);
const bin = new Uint8Array(readFileSync(new URL('sample.bin', testdata)));
const json = JSON.parse(readFileSync(new URL('sample.json', testdata), 'utf8'));
const cutAt = 20; // sim/trace's sampleCut

// full gives an event of the JSON form every field, as readTrace does.
const full = (e) => ({seq: 0, t: 0, kind: '', thread: 0, proc: 0, future: 0, target: 0, line: 0, name: '', args: '', value: '', ...e});

test('a binary trace reads as its JSON form', () => {
  const tr = readTrace(bin);
  assert.equal(tr.version, json.version);
  assert.deepEqual(tr.meta, json.meta);
  assert.equal(tr.events.length, json.events.length);
  assert.deepEqual(tr.events, json.events.map(full));
});

test('a prefix is what sim/trace writes of the first events', () => {
  const tr = readTrace(bin);
  const want = new Uint8Array(readFileSync(new URL('sample.cut.bin', testdata)));
  assert.deepEqual(tr.prefix(cutAt), want);
  assert.deepEqual(readTrace(tr.prefix(cutAt)).events, tr.events.slice(0, cutAt));
  assert.deepEqual(tr.prefix(tr.events.length), bin);
  assert.equal(readTrace(tr.prefix(0)).events.length, 0);
});

test('bytes that are not a binary trace are refused', () => {
  assert.throws(() => readTrace(new TextEncoder().encode(JSON.stringify(json))), /^Error: trace: not a binary trace/);
  for (const n of [2, 10, bin.length / 2, bin.length - 1]) {
    assert.throws(() => readTrace(bin.subarray(0, Math.floor(n))), /^Error: trace: /, `cut at ${n}`);
  }
  assert.throws(() => readTrace(Uint8Array.from([...bin, 0])), /bytes after its last event/);
});
