import { useFlowStore, selectSend, selectSettings } from '../store/flow-store.ts';
import { CARD_ENTRIES, CONSENT_TOPICS, SOFTWARE_GENERATIONS, type FacilitySettings } from '../flow/types.ts';
import { isCurrentSoftware, phoneReaderWorks, publicExpenseWorks } from '../flow/machine.ts';
import { useVisitorT } from '../store/use-visitor-t.ts';
import { Choice, Toggle } from './form-fields.tsx';
// Folded away on a first visit: its English comes with it (vite.config.ts, ENGLISH_LATER).
import '../i18n/english-later.ts';

export interface SettingsFormProps {
  /** Drawn open (a preview shows what is inside); otherwise it starts closed. */
  readonly open?: boolean;
}

/** This clinic's terminal. A change restarts the terminal, as the next patient would meet it. */
export function SettingsForm({ open = false }: SettingsFormProps) {
  const settings = useFlowStore(selectSettings);
  const send = useFlowStore(selectSend);
  const { t, language, dir } = useVisitorT();
  return (
    <details className="panel settings-panel" lang={language} dir={dir} open={open || undefined}>
      <summary>
        <h2>{t('ui.settings.heading')}</h2>
      </summary>
      <p className="panel-hint">{t('ui.settings.hint')}</p>
      <SettingsFields t={t} settings={settings} onChange={(next) => send({ type: 'SETTINGS_CHANGED', settings: next })} />
    </details>
  );
}

export interface SettingsFieldsProps {
  /** The words to draw them in: the visitor's, or the staff's Japanese at the counter. */
  readonly t: ReturnType<typeof useVisitorT>['t'];
  readonly settings: FacilitySettings;
  readonly onChange: (settings: FacilitySettings) => void;
}

/** The reader's settings as fields, for the practice's panel and the counter's clinic settings. */
export function SettingsFields({ t, settings, onChange }: SettingsFieldsProps) {
  const change = (patch: Partial<FacilitySettings>) => onChange({ ...settings, ...patch });
  return (
    <>
      <fieldset className="choice">
        <legend>{t('ui.settings.topics')}</legend>
        {CONSENT_TOPICS.map((topic) => (
          <Toggle
            key={topic}
            label={t(`ui.settings.topicNames.${topic}`)}
            checked={settings.consentTopics.includes(topic)}
            onChange={(on) =>
              change({
                consentTopics: CONSENT_TOPICS.filter((x) => (x === topic ? on : settings.consentTopics.includes(x))),
              })
            }
          />
        ))}
      </fieldset>
      <Choice
        name="software"
        legend={t('ui.settings.software')}
        value={settings.software}
        options={SOFTWARE_GENERATIONS.map((software) => ({ value: software, label: t(`ui.settings.softwares.${software}`) }))}
        onChange={(software) => change({ software })}
      />
      <Choice
        name="card-entry"
        legend={t('ui.settings.cardEntry')}
        value={settings.cardEntry}
        options={CARD_ENTRIES.map((entry) => ({ value: entry, label: t(`ui.settings.entries.${entry}`) }))}
        onChange={(cardEntry) => change({ cardEntry })}
      />
      <Toggle label={t('ui.settings.ePrescription')} checked={settings.ePrescription} onChange={(ePrescription) => change({ ePrescription })} />
      {/* The older software knows no smartphones: the switch waits, kept as it was, until the software changes. */}
      <Toggle
        label={t('ui.settings.smartphoneReader')}
        checked={phoneReaderWorks(settings)}
        disabled={!isCurrentSoftware(settings)}
        onChange={(smartphoneReader) => change({ smartphoneReader })}
      />
      {/* PMH (2025) came long after the older software: the same holds for its switch. */}
      <Toggle
        label={t('ui.settings.publicExpense')}
        checked={publicExpenseWorks(settings)}
        disabled={!isCurrentSoftware(settings)}
        onChange={(publicExpense) => change({ publicExpense })}
      />
    </>
  );
}
