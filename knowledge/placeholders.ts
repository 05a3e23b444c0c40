import type { Helplines } from './schema.js';

const PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*\}\}/g;

/** Names of the helplines a text refers to, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Puts each helpline's number where the text says {{id}}. Unknown ids are left as they are (validate.ts reports them). */
export function fillHelplines(text: string, helplines: Helplines): string {
  return text.replace(PLACEHOLDER, (whole, id: string) => helplines[id]?.display ?? whole);
}
