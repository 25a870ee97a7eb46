// Tests of output.js's console clipping (node --test).
import test from 'node:test';
import assert from 'node:assert/strict';
import {clipLines} from './output.js';

const numbered = (n) => Array.from({length: n}, (_, i) => `${i}\n`).join('');

test('output that fits is shown whole', () => {
  assert.deepEqual(clipLines(numbered(10), 10), [['out', numbered(10)]]);
  assert.deepEqual(clipLines('no newline', 1), [['out', 'no newline']]);
});

test('a flood keeps its first and last lines and says how many it hides', () => {
  assert.deepEqual(clipLines(numbered(10), 4), [['out', '0\n1\n'], ['note', '… 6 lines not shown …\n'], ['out', '8\n9\n']]);
  assert.deepEqual(clipLines('a\nb\nc\nd\ne', 4), [['out', 'a\nb\n'], ['note', '… 1 line not shown …\n'], ['out', 'd\ne']]);
  const parts = clipLines(numbered(200000), 4000);
  assert.equal(parts[1][1], '… 196,000 lines not shown …\n');
  assert.equal(parts[0][1].split('\n').length - 1, 2000);
  assert.ok(parts[2][1].endsWith('199999\n') && parts[2][1].startsWith('198000\n'));
});
