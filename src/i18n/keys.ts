import type jaJson from '../../locales/ja.json';

/** Dotted paths of every string in an object of nested strings. */
type LeafPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** i18next v4 plural suffixes are resolved by i18next itself: callers use the bare key. */
type StripPlural<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;

export type SourceStrings = typeof jaJson;
export type MessageKey = StripPlural<LeafPaths<SourceStrings>>;
/** Text that the drawn terminal itself shows: always rendered in Japanese. */
export type DeviceKey = Extract<MessageKey, `device.${string}`>;
/** Text of the help layer around the terminal: rendered in the visitor's language. */
export type UiKey = Extract<MessageKey, `ui.${string}`>;
