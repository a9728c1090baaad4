import type { ElementType } from 'react';
import type { DeviceKey } from '../i18n/keys.ts';
import { provenanceOf } from '../i18n/provenance.ts';
import { useDeviceT, useVisitorT } from '../i18n/use-fixed-t.ts';
import { useUiStore } from '../store/ui-store.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';

export interface DeviceTextProps {
  readonly k: DeviceKey;
  readonly values?: Readonly<Record<string, string | number>> | undefined;
  readonly as?: ElementType;
  readonly className?: string;
  /** Titles take focus when the screen changes (tabIndex -1: reachable by script, not by Tab). */
  readonly focusable?: boolean;
}

/**
 * One piece of the terminal's Japanese, with the visitor's translation laid right under it.
 * The translation chip is the help layer: a different look, its own `lang`, and a mark when
 * the Japanese is approximate.
 */
export function DeviceText({ k, values, as: Tag = 'span', className, focusable = false }: DeviceTextProps) {
  const deviceT = useDeviceT();
  const { t, language, dir } = useVisitorT();
  const japanese = deviceT(k, values ?? {});
  const translation = t(k, values ?? {});
  // A chip that repeats the device text (brand names like iPhone) would only add noise.
  const overlay = useUiStore((store) => store.overlay) && language !== SOURCE_LANGUAGE && translation !== japanese;
  const approximate = provenanceOf(k).status === 'approximate';
  return (
    <Tag className={className} data-key={k} {...(focusable ? { tabIndex: -1 } : {})}>
      <span lang="ja" className="device-ja">
        {japanese}
      </span>
      {overlay ? (
        <span className="overlay-chip" lang={language} dir={dir}>
          {translation}
          {approximate ? (
            <abbr className="approx-mark" title={t('ui.provenance.approximate')} lang={language}>
              {' ≈'}
            </abbr>
          ) : null}
        </span>
      ) : null}
    </Tag>
  );
}
