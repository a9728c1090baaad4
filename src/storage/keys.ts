/**
 * Where the visitor's preferences are kept (language, display, their practice's settings). Read
 * by the app, and by the counter, which puts the visitor's own language back when staff leave it.
 */
export const PREFERENCES_KEY = 'uketsuke:preferences:v1';
