import { Fragment } from 'react';
import { useFlow } from '../store/use-flow.ts';
import { useDeviceT } from '../i18n/use-fixed-t.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';

/**
 * On each consent screen: what is shared, with whom, that saying no is fine, and the exact taps
 * to say no (the Japanese button labels, as the reader shows them).
 */
export function ConsentHelp() {
  const { flow } = useFlow();
  const { t, language, dir } = useVisitorT();
  const deviceT = useDeviceT();
  if (flow.screen !== 'consent-all' && flow.screen !== 'consent-topic') return null;
  const decline = deviceT('device.consent-topic.decline');
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
        {flow.screen === 'consent-all' ? (
          <WithJapanese message={(marks) => t('ui.consent.howAll', marks)} parts={{ individual: deviceT('device.consent-all.individual'), decline }} />
        ) : (
          <WithJapanese message={(marks) => t('ui.consent.howTopic', marks)} parts={{ decline }} />
        )}
      </p>
    </section>
  );
}

/** Stands in for a Japanese label while the sentence is translated; never in a locale string. */
const MARK = '\u0000';

/**
 * A sentence in the visitor's language naming the reader's buttons in Japanese, as the patient
 * will see them: each label set apart with `lang="ja"`, so it is read out and drawn as Japanese.
 */
function WithJapanese<P extends Record<string, string>>({ message, parts }: { readonly message: (marks: P) => string; readonly parts: P }) {
  const names = Object.keys(parts);
  // The same names, each standing for its label by number.
  const marks = Object.fromEntries(names.map((name, index) => [name, `${MARK}${String(index)}${MARK}`])) as P;
  // Split on the marks: every odd piece is the number of a label.
  const pieces = message(marks).split(MARK);
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          <span key={index} lang="ja" className="quoted-ja">
            {parts[names[Number(piece)] ?? ''] ?? ''}
          </span>
        ) : (
          <Fragment key={index}>{piece}</Fragment>
        ),
      )}
    </>
  );
}
