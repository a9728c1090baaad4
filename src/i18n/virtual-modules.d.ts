declare module 'virtual:ja-device' {
  import type { SourceStrings } from './keys.ts';

  const strings: { readonly device: SourceStrings['device'] };
  export default strings;
}

/** English without the strings of later pages (the counter, phrase cards, sheet, workbench). */
declare module 'virtual:en-first' {
  const strings: Readonly<Record<string, unknown>>;
  export default strings;
}

/** The English of later pages, laid over the first part when one of them loads. */
declare module 'virtual:en-later' {
  const strings: { readonly ui: Readonly<Record<string, Readonly<Record<string, unknown>>>> };
  export default strings;
}
