// share.js: the page's address. The fragment names the lesson and, in a share link, carries the
// script (deflate-raw, then base64url), the script block it came from and the timeline's playhead:
//
//   #en/01-futures-and-submit                       a lesson
//   #en/01-futures-and-submit?b=2&at=1500000&code=… a share link: block 2, playhead at 1.5 ms, a script
//
// at is in virtual nanoseconds. Nothing here knows which lessons exist: the page checks that.
//
// The compression is fflate's (pinned in package-lock.json, bundled by tools/webbuild), not the
// browser's CompressionStream, so that links work in every browser and on every node the tests run on.
// The format is the same raw deflate, so links written with CompressionStream still open. Bytes after
// the end of the compressed stream are ignored, as zlib's inflate does.

import {Inflate, deflateSync} from 'fflate';

/** A ShareError says why a fragment could not be read; its message is for people. */
export class ShareError extends Error {}

/** The longest script a link may carry, in bytes once inflated: a guard against inflating bombs. */
export const maxCode = 256 * 1024;

/** encodeRoute returns the fragment (with its '#') for a lesson and, optionally, a script and playhead. */
export async function encodeRoute({lang, slug, block, code, at}) {
  let hash = `#${lang}/${slug}`;
  if (code == null) return hash;
  const q = new URLSearchParams();
  if (block) q.set('b', String(block));
  if (at) q.set('at', String(Math.round(at)));
  q.set('code', await pack(code));
  return `${hash}?${q}`;
}

/**
 * decodeRoute reads a fragment ('#…' or '') into {lang, slug, block, code, at}; code is null when the
 * fragment has none, lang and slug are '' when it names no lesson. It throws a ShareError; when the
 * lesson could be read but the rest not, the error's route holds the lesson.
 */
export async function decodeRoute(hash) {
  const frag = hash.replace(/^#/, '');
  const route = {lang: '', slug: '', block: 0, code: null, at: 0};
  if (frag === '') return route;
  const [path, query = ''] = splitOnce(frag, '?');
  const m = /^([a-z]{2})(?:\/([a-z0-9-]+))?\/?$/.exec(path);
  if (!m) throw new ShareError(`the part after # should start with a language and a lesson, like en/01-futures, not “${clip(path)}”`);
  route.lang = m[1];
  route.slug = m[2] || '';
  try {
    const q = new URLSearchParams(query);
    route.block = readInt(q, 'b', 1, 1000) ?? 0;
    route.at = readInt(q, 'at', 0, Number.MAX_SAFE_INTEGER) ?? 0;
    if (q.has('code')) route.code = await unpack(q.get('code'));
  } catch (err) {
    err.route = {...route, block: 0, code: null, at: 0}; // what could be read: the lesson
    throw err;
  }
  return route;
}

/** pack compresses text with deflate-raw and writes it in base64url, without padding. */
export async function pack(text) {
  return toBase64url(deflateSync(new TextEncoder().encode(text), {level: 9}));
}

/** unpack is pack's inverse; it throws a ShareError for anything pack could not have written. */
export async function unpack(b64) {
  if (!/^[A-Za-z0-9_-]*$/.test(b64)) throw new ShareError('the script’s code has characters base64url does not use');
  let bytes;
  try {
    bytes = inflate(fromBase64url(b64), maxCode);
  } catch (err) {
    throw new ShareError(err instanceof ShareError ? err.message : 'the script’s code is cut short or not compressed');
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new ShareError('the script’s code is not text');
  }
}

// inChunk is how many compressed bytes inflate feeds at a time: one chunk inflates to at most about
// 1 MiB (deflate's best ratio is 1032:1), so a bomb is stopped before it takes memory.
const inChunk = 1024;

// inflate decompresses raw deflate bytes, failing past limit output bytes or on a stream cut short.
function inflate(bytes, limit) {
  const chunks = [];
  let n = 0;
  const inflater = new Inflate((chunk) => {
    n += chunk.length;
    if (n > limit) throw new ShareError(`the script is longer than ${limit / 1024} KiB`);
    chunks.push(chunk);
  });
  if (bytes.length === 0) throw new ShareError('the script’s code is empty');
  for (let i = 0; i < bytes.length; i += inChunk) {
    inflater.push(bytes.subarray(i, i + inChunk), i + inChunk >= bytes.length);
  }
  const out = new Uint8Array(n);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function toBase64url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s) {
  if (s.length % 4 === 1) throw new ShareError('the script’s code is cut short');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function readInt(q, key, lo, hi) {
  if (!q.has(key)) return null;
  const v = q.get(key);
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < lo || n > hi) throw new ShareError(`${key}=${clip(v)} is not a number the link can hold`);
  return n;
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

function clip(s) {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
