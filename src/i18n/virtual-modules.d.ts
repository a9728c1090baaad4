declare module 'virtual:ja-device' {
  import type { SourceStrings } from './keys.ts';

  const strings: { readonly device: SourceStrings['device'] };
  export default strings;
}
