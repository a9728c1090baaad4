import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.ts';

describe('the i18next set-up', () => {
  it('shows a translation that writes $t( as written, without pulling in another string', () => {
    const i18n = createI18n();
    i18n.addResource('en', 'translation', 'ui.app.tagline', 'Try $t(ui.app.name) and $t(ui.app.tagline)');
    expect(i18n.getFixedT('en')('ui.app.tagline')).toBe('Try $t(ui.app.name) and $t(ui.app.tagline)');
  });

  it('falls back to English where a translation is an empty string', () => {
    const i18n = createI18n();
    i18n.addResourceBundle('vi', 'translation', { ui: { app: { tagline: '' } } });
    expect(i18n.getFixedT('vi')('ui.app.tagline')).toBe(i18n.getFixedT('en')('ui.app.tagline'));
    expect(i18n.getFixedT('vi')('ui.app.tagline')).not.toBe('');
  });
});
