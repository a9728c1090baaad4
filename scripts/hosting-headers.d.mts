export const INLINE_SCRIPTS: Readonly<{ plainFirstVisit: string; appLoader: string }>;
export const INLINE_STYLE: string;
export const CONTENT_SECURITY_POLICY: string;
export const SECURITY_HEADERS: Readonly<Record<string, string>>;
export const CACHE_RULES: readonly { readonly path: string; readonly value: string }[];
export function headersFile(): string;
export function vercelJson(): string;
export function nginxSnippet(): string;
export function withSnippets(doc: string): string;
