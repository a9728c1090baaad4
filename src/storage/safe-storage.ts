/**
 * Browser storage that may refuse (private mode, quota, storage switched off). Reading and
 * writing never throw: they say whether storage works, so the caller can tell the visitor and
 * carry on with what it has.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export const browserStorage = (): StorageLike => window.localStorage;

export interface StoredJson {
  /** The parsed value, or null when there is none or it was damaged. */
  readonly value: unknown;
  readonly storageWorks: boolean;
}

export function readJson(storage: () => StorageLike, key: string): StoredJson {
  try {
    const text = storage().getItem(key);
    return { value: text === null ? null : (JSON.parse(text) as unknown), storageWorks: true };
  } catch (error) {
    // Unparseable JSON is our own damaged entry: nothing to use, but storage still works.
    return { value: null, storageWorks: error instanceof SyntaxError };
  }
}

/** Returns false when the browser refuses to store. */
export function writeJson(storage: () => StorageLike, key: string, value: unknown): boolean {
  try {
    storage().setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Whether storage holds any entry whose key starts with `prefix`; false where storage refuses. */
export function hasKeyStartingWith(storage: () => Pick<Storage, 'length' | 'key'>, prefix: string): boolean {
  try {
    const store = storage();
    for (let index = 0; index < store.length; index += 1) if (store.key(index)?.startsWith(prefix)) return true;
    return false;
  } catch {
    return false;
  }
}
