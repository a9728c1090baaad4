import sources from '../../locales/ja.sources.json';
import type { DeviceKey } from './keys.ts';

export type Provenance =
  | { readonly status: 'confirmed'; readonly source: string; readonly note?: string }
  | { readonly status: 'approximate'; readonly note?: string };

// The sidecar is keyed by the full i18next key, so plural forms appear with their suffix.
const table = sources as Record<string, Provenance | undefined>;

/** How sure we are that the terminal itself shows this Japanese. Unknown keys count as approximate. */
export function provenanceOf(key: DeviceKey): Provenance {
  return table[key] ?? table[`${key}_other`] ?? { status: 'approximate' };
}
