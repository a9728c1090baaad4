import later from 'virtual:en-later';
import { FALLBACK_LANGUAGE } from './languages.ts';
import { i18n } from './i18n.ts';

/**
 * The English of the pages a first visit does not show (the counter, its phrase cards, the sheet,
 * the workbench, the folded clinic-settings and scenario forms), laid over the English the first visit has. Imported by those pages, so it comes
 * in their chunk. A translator's edits already laid over English stay (not overwritten).
 */
i18n.addResourceBundle(FALLBACK_LANGUAGE, 'translation', later, true, false);
