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

  describe('the consent topics laid into a sentence ({{topics, topicList}})', () => {
    const i18n = createI18n();
    const title = (language: string, topics: string) => i18n.getFixedT(language)('device.consent-all.title', { topics });

    it('joins them as the reader does in Japanese, and names only those asked', () => {
      expect(title('ja', 'treatment,medication,surgery,checkup')).toBe('過去の診療・お薬・手術・健診の情報を、当機関に提供することに同意しますか');
      expect(title('ja', 'medication,checkup')).toBe('過去のお薬・健診の情報を、当機関に提供することに同意しますか');
    });

    it('joins them as a list in the language, lower case inside the sentence', () => {
      expect(title('en', 'medication,checkup')).toBe('Do you agree to share information on your past medicines and health check-ups with this facility?');
      expect(title('en', 'surgery')).toBe('Do you agree to share information on your past surgery with this facility?');
    });

    it('takes each name in the language asked, and English where it has none yet', () => {
      i18n.addResourceBundle('es', 'translation', {
        device: { 'consent-all': { title: '¿Acepta compartir su información de {{topics, topicList}}?' }, 'consent-topic': { topics: { surgery: 'Cirugía' } } },
      });
      expect(title('es', 'surgery,checkup')).toBe('¿Acepta compartir su información de cirugía y health check-ups?');
    });

    it('survives a language Intl does not know (the pseudo-locales)', () => {
      i18n.addResourceBundle('x-pseudo', 'translation', { device: { 'consent-all': { title: '⟦{{topics, topicList}}⟧' } } });
      expect(title('x-pseudo', 'treatment,checkup')).toBe('⟦treatment and health check-ups⟧');
    });
  });
});
