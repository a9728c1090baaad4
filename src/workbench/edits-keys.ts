/**
 * Where a translator's kept edits live in browser storage. Apart from the edits store, so that
 * boot can ask whether there are any without bringing the store into every patient's first visit.
 */
export const EDITS_PREFIX = 'uketsuke:edits:v1:';
export const editsKey = (language: string): string => `${EDITS_PREFIX}${language}`;
export const importUndoKey = (language: string): string => `uketsuke:import-undo:v1:${language}`;
