import { renderToString } from 'react-dom/server';
import { Root } from '../app/root.tsx';

/**
 * The first screen as HTML, drawn by the build (vite.config.ts) into index.html: the idle
 * terminal in Japanese with English chips, as a plain first visit opens. Nothing has been
 * booted here, so the stores hold their initial state and i18next its first language, English.
 */
export function renderFirstScreen(): string {
  return renderToString(<Root />);
}
