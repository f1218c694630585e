import { useTranslation } from 'react-i18next';
import { DoneCheckbox } from '../../components/done-checkbox';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { useDayToggle } from '../../components/use-day-toggle';
import { canFollow, countReady, documentsFor, translationRule, type DocumentId } from '../../domain/documents';
import { DEFAULT_PATH, type PathId } from '../../domain/paths';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';

/** The documents of the student's path only: a slot ticked on another path is kept but not shown. */
export default function DocumentsScreen() {
  const { t } = useTranslation();
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const answers = useApp((s) => s.answers);
  const documents = useApp((s) => s.documents);
  const setDocument = useApp((s) => s.setDocument);
  const [, toggle] = useDayToggle(documents, setDocument, (document) => t('documents.unmarked', { name: t(`documents.${document}.name`) }));
  const listed = documentsFor(path, answers, today());
  const ready = countReady(documents, listed);

  return (
    <>
      <ScreenHeading>{t('documents.screenTitle')}</ScreenHeading>
      <p>{t('documents.intro')}</p>
      <p className="callout">{t('documents.onePdf')}</p>
      <p className="progress-line">{t('progress.documents', { ready, total: listed.length })}</p>
      <progress max={listed.length} value={ready} aria-label={t('progress.documentsLabel')} />
      <ul className="cards">
        {listed.map((document) => (
          <li key={document} className="card">
            <DoneCheckbox
              label={<strong>{t(`documents.${document}.name`)}</strong>}
              day={documents[document]}
              dayKey="common.readyOn"
              onChange={(checked) => toggle(document, checked)}
            />
            <p className="tag-line">
              <span className="tag">{t(canFollow(path, document) ? 'documents.canFollow' : 'documents.toRegister')}</span>
            </p>
            <DocumentFacts path={path} document={document} />
          </li>
        ))}
      </ul>
      <p>
        <OfficialLink page="registration" />
      </p>
    </>
  );
}

function DocumentFacts({ path, document }: { path: PathId; document: DocumentId }) {
  const { t } = useTranslation();
  const rejections = t(`documents.${document}.rejections`, { defaultValue: '' });
  return (
    <dl className="facts">
      <dt>{t('documents.accepted')}</dt>
      <dd>
        {t(`documents.${document}.accepted`)}
        {document === 'vital-record' && <> {t(`documents.translation.${translationRule(path)}`)}</>}
      </dd>
      {rejections !== '' && (
        <>
          <dt>{t('documents.rejections')}</dt>
          <dd>{rejections}</dd>
        </>
      )}
    </dl>
  );
}
