// A dataset's download, bounded, for the widget (src/ui/fetch.rs): the server must answer within
// `answerMs` and the whole body arrive within `totalMs`; its bytes are counted as they arrive
// (after decompression, so a small compressed body that inflates past `max` stops there; a
// Content-Length is not trusted), and where the answer came from (after redirects) must be one
// of `origins` (space-separated; empty: any). Written in JS because a stream reader in Rust cost
// the page several KB of WebAssembly. One download per address and origins on a page, shared by
// every widget that asks while it runs or after it succeeded.
// Resolves to {bytes: Uint8Array, url}; rejects with [kind, detail, more].
const loads = new Map();

export function download(url, origins, max, answerMs, totalMs) {
  const key = `${url} ${origins}`;
  let load = loads.get(key);
  if (!load) {
    load = bounded(url, origins, max, answerMs, totalMs);
    loads.set(key, load);
    // A failure is not kept: a later widget (or a retry) asks again.
    load.catch(() => loads.delete(key));
  }
  return load;
}

async function bounded(url, origins, max, answerMs, totalMs) {
  const controller = new AbortController();
  const answer = setTimeout(() => controller.abort(['timeout']), answerMs);
  const total = setTimeout(() => controller.abort(['slow']), totalMs);
  // A timer's reason when one fired, else what went wrong.
  const why = (fallback) => (controller.signal.aborted && Array.isArray(controller.signal.reason) ? controller.signal.reason : fallback);
  try {
    const started = early(url, controller.signal);
    let response;
    try {
      response = await (started?.response ?? fetch(url, { signal: controller.signal }));
    } catch {
      throw why(['network']);
    }
    clearTimeout(answer);
    const origin = new URL(response.url).origin;
    if (origins && !origins.split(' ').includes(origin)) throw ['redirect', origin];
    if (!response.ok) throw ['status', response.status, response.statusText];
    const type = response.headers.get('content-type') ?? '';
    const essence = type.split(';')[0].trim().toLowerCase();
    // JSON; text/plain too, as raw file hosts serve JSON that way.
    if (essence && !essence.endsWith('json') && essence !== 'text/plain') throw ['type', type];
    if (Number(response.headers.get('content-length')) > max) throw ['large'];
    let chunks = [];
    let size = 0;
    if (started) {
      try {
        chunks = await started.body;
      } catch (error) {
        throw error === 'large' ? ['large'] : why(['unreadable']);
      }
      size = chunks.reduce((n, chunk) => n + chunk.length, 0);
      if (size > max) throw ['large'];
    } else {
      const reader = response.body.getReader();
      for (;;) {
        let step;
        try {
          step = await reader.read();
        } catch {
          throw why(['unreadable']);
        }
        if (step.done) break;
        size += step.value.length;
        if (size > max) throw ['large'];
        chunks.push(step.value);
      }
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return { bytes, url: response.url };
  } catch (error) {
    // Stops the download, whatever state it is in.
    controller.abort(error);
    throw error;
  } finally {
    clearTimeout(answer);
    clearTimeout(total);
  }
}

// The download index.html started for a `data=` address of this site while the WebAssembly
// loaded, if it is for `url`: {response, body (its chunks, read as they came, at most 10 MB)},
// taken once, and stopped with this download.
function early(url, signal) {
  const started = globalThis.__stancesEarly;
  if (!started || started.url !== url) return null;
  delete globalThis.__stancesEarly;
  signal.addEventListener('abort', () => started.abort(signal.reason));
  return started;
}
