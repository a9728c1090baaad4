import { useFlow } from '../store/use-flow.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { InlaidText, inlayMark } from './inlaid-text.tsx';

/**
 * On each consent screen: what is shared, with whom, that saying no is fine, and the exact taps
 * to say no (the Japanese button labels, as the reader shows them).
 */
export function ConsentHelp() {
  const { flow } = useFlow();
  const { t, language, dir } = useVisitorT();
  const deviceT = useDeviceT();
  if (flow.screen !== 'consent-all' && flow.screen !== 'consent-topic') return null;
  // The reader's own labels, laid into the sentence as the patient will see them.
  const labels = [deviceT('device.consent-all.individual'), deviceT('device.consent-topic.decline')];
  const [individual, decline] = [inlayMark(0), inlayMark(1)];
  const how = flow.screen === 'consent-all' ? t('ui.consent.howAll', { individual, decline }) : t('ui.consent.howTopic', { decline });
  return (
    <section className="panel consent-help" aria-labelledby="consent-help-heading" lang={language} dir={dir}>
      <h2 id="consent-help-heading">{t('ui.consent.heading')}</h2>
      <ul>
        <li>{t('ui.consent.what')}</li>
        <li>{t('ui.consent.who')}</li>
        <li>
          <strong>{t('ui.consent.no')}</strong>
        </li>
      </ul>
      <p className="consent-how" data-inlaid="">
        <InlaidText
          text={how}
          inlay={(index) => (
            <span lang="ja" className="quoted-ja">
              {labels[index]}
            </span>
          )}
        />
      </p>
    </section>
  );
}

