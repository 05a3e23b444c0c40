// NLP.js ships no types; the benchmark uses only these calls.
declare module '@nlpjs/core' {
  export function containerBootstrap(): Promise<{ use(plugin: unknown): void; get(name: 'nlp'): NlpJs }>;
  export interface NlpJs {
    settings: { autoSave: boolean };
    addLanguage(locale: string): void;
    addDocument(locale: string, text: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, text: string): Promise<unknown>;
  }
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
