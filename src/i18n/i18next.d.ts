import type jaJson from '../../locales/ja.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof jaJson };
  }
}
