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
}

/**
 * One piece of the terminal's Japanese, with the visitor's translation laid right under it.
 * The translation chip is the help layer: a different look, its own `lang`, and a mark when
 * the Japanese is approximate.
 */
export function DeviceText({ k, values, as: Tag = 'span', className }: DeviceTextProps) {
  const deviceT = useDeviceT();
  const { t, language, dir } = useVisitorT();
  const overlay = useUiStore((store) => store.overlay) && language !== SOURCE_LANGUAGE;
  const approximate = provenanceOf(k).status === 'approximate';
  return (
    <Tag className={className} data-key={k}>
      <span lang="ja" className="device-ja">
        {deviceT(k, values ?? {})}
      </span>
      {overlay ? (
        <span className="overlay-chip" lang={language} dir={dir}>
          {t(k, values ?? {})}
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
