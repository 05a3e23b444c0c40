/**
 * Word vectors (a GloVe slice, see scripts/extract-embeddings.ts) averaged over a message: they let
 * "medicine" stand near "medication" and "quit" near "stop", so people who use other words than
 * the example questions still reach the right topic.
 */

export interface Embeddings {
  dims: number;
  /** Unit-length average of the message's known words, weighted down for very common words; null if none known. */
  embed(normalized: string): Float32Array | null;
}

/** Weight of a word by its frequency rank: the, of, to ... count little (smooth inverse frequency). */
const RANK_SMOOTHING = 300;

export function parseEmbeddings(file: Uint8Array): Embeddings {
  const separator = Buffer.from(file).indexOf('\n\n');
  if (separator < 0) throw new Error('embeddings file has no word list separator');
  const text = Buffer.from(file.subarray(0, separator)).toString('utf8');
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, newline)) as { dims: number; count: number; scale: number };
  const words = text.slice(newline + 1).split('\n');
  if (words.length !== header.count)
    throw new Error(`embeddings file lists ${words.length} words, header says ${header.count}`);
  const matrix = new Int8Array(file.buffer, file.byteOffset + separator + 2, header.count * header.dims);
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    index.set(w, i);
  });
  const { dims } = header;
  const out = new Float32Array(dims);

  return {
    dims,
    embed(normalized) {
      out.fill(0);
      let found = 0;
      let start = 0;
      while (start <= normalized.length) {
        let end = normalized.indexOf(' ', start);
        if (end < 0) end = normalized.length;
        const i = index.get(normalized.slice(start, end));
        if (i !== undefined) {
          const weight = (i + 1) / (i + 1 + RANK_SMOOTHING);
          const base = i * dims;
          for (let d = 0; d < dims; d++) out[d] = (out[d] as number) + weight * (matrix[base + d] as number);
          found++;
        }
        start = end + 1;
      }
      if (found === 0) return null;
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += (out[d] as number) ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < dims; d++) out[d] = (out[d] as number) * scale;
      return out;
    },
  };
}
