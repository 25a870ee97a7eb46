// counted.js: fetching a big file (a wasm binary) while counting its bytes, for a progress bar.

/**
 * fetchCounted fetches url, calling onProgress(bytes, total) as its body arrives. total is the
 * file's size (web/site sends it as X-Decoded-Length beside a compressed body), 0 when unknown. The
 * Response it resolves with streams the same body (compileStreaming and instantiateStreaming take it).
 */
export async function fetchCounted(url, onProgress) {
  const resp = await fetch(url);
  if (!resp.ok || !resp.body || typeof TransformStream === 'undefined') return resp;
  const encoded = resp.headers.get('content-encoding');
  const total = Number(resp.headers.get('x-decoded-length')) || (encoded ? 0 : Number(resp.headers.get('content-length')) || 0);
  let got = 0;
  onProgress(0, total);
  const counted = resp.body.pipeThrough(new TransformStream({
    transform(chunk, ctl) {
      got += chunk.byteLength;
      onProgress(got, total);
      ctl.enqueue(chunk);
    },
  }));
  return new Response(counted, {status: resp.status, headers: {'content-type': resp.headers.get('content-type') || ''}});
}

/**
 * progressText says how far a download is: "what… 42%", or "what… 1.3 MB" when its size is unknown
 * (total 0); pct is the percentage, -1 when unknown.
 */
export function progressText(what, bytes, total) {
  const pct = total > 0 ? Math.min(100, Math.floor((100 * bytes) / total)) : -1;
  return {pct, text: pct >= 0 ? `${what}… ${pct}%` : `${what}… ${(bytes / 1e6).toFixed(1)} MB`};
}
