/** Labelled message files (`tests/conversations/*.jsonl`): one JSON object per non-blank line. */
import { readFileSync } from 'node:fs';

export interface LabelledLine {
  text: string;
  expect: unknown;
}

export function jsonLines(file: string): LabelledLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledLine);
}
