import { useTranslation } from 'react-i18next';
import { DoneCheckbox } from '../../components/done-checkbox';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { useDayToggle } from '../../components/use-day-toggle';
import { countReady, DOCUMENTS } from '../../domain/documents';
import { useApp } from '../../store/store-context';

export default function DocumentsScreen() {
  const { t } = useTranslation();
  const documents = useApp((s) => s.documents);
  const setDocument = useApp((s) => s.setDocument);
  const [, toggle] = useDayToggle(documents, setDocument, (document) =>
    t('documents.unmarked', { name: t(`documents.${document}.name`) }),
  );
  const ready = countReady(documents);

  return (
    <>
      <ScreenHeading>{t('documents.screenTitle')}</ScreenHeading>
      <p>{t('documents.intro')}</p>
      <p className="callout">{t('documents.onePdf')}</p>
      <p className="progress-line">{t('progress.documents', { ready, total: DOCUMENTS.length })}</p>
      <progress max={DOCUMENTS.length} value={ready} aria-label={t('progress.documentsLabel')} />
      <ul className="cards">
        {DOCUMENTS.map((document) => (
          <li key={document} className="card">
            <DoneCheckbox
              label={<strong>{t(`documents.${document}.name`)}</strong>}
              day={documents[document]}
              dayKey="common.readyOn"
              onChange={(checked) => toggle(document, checked)}
            />
            <dl className="facts">
              <dt>{t('documents.accepted')}</dt>
              <dd>{t(`documents.${document}.accepted`)}</dd>
              <dt>{t('documents.rejections')}</dt>
              <dd>{t(`documents.${document}.rejections`)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p>
        <OfficialLink page="registration" />
      </p>
    </>
  );
}
