// saved.test.js: node --test web/src/saved.test.js (make test-web runs it).
import {test} from 'node:test';
import assert from 'node:assert/strict';

import {scriptKey, loadScript, saveScript} from './saved.js';

// A Storage as the browser's localStorage behaves for these calls; full says setItem throws, as a
// full (or blocked) storage does.
function fakeStorage() {
  const items = new Map();
  return {
    full: false,
    getItem: (k) => (items.has(k) ? items.get(k) : null),
    setItem(k, v) {
      if (this.full) throw new Error('QuotaExceededError');
      items.set(k, String(v));
    },
    removeItem: (k) => items.delete(k),
    get size() {
      return items.size;
    },
  };
}

test('an edit is kept per language, lesson and block', () => {
  globalThis.localStorage = fakeStorage();
  const en = scriptKey('en', '03-done-callbacks', 2);
  const zh = scriptKey('zh', '03-done-callbacks', 2);
  const other = scriptKey('en', '03-done-callbacks', 3);
  assert.equal(new Set([en, zh, other]).size, 3);
  saveScript(en, 'print("mine")\n', 'print("lesson")\n');
  assert.equal(loadScript(en), 'print("mine")\n');
  assert.equal(loadScript(zh), null);
  assert.equal(loadScript(other), null);
});

test('a script equal to the lesson’s is not kept', () => {
  globalThis.localStorage = fakeStorage();
  const key = scriptKey('en', '01-futures-and-submit', 1);
  saveScript(key, 'edited\n', 'original\n');
  saveScript(key, 'original\n', 'original\n');
  assert.equal(loadScript(key), null);
  assert.equal(localStorage.size, 0);
});

test('no storage: nothing is kept and nothing throws', () => {
  globalThis.localStorage = fakeStorage();
  localStorage.full = true;
  const key = scriptKey('en', 'scratch', 1);
  const warn = console.warn;
  console.warn = () => {};
  try {
    saveScript(key, 'x = 1\n', '');
  } finally {
    console.warn = warn;
  }
  assert.equal(loadScript(key), null);
  delete globalThis.localStorage;
  assert.equal(loadScript(key), null); // no localStorage at all (a blocked one throws on access)
});
