import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { useDayToggle } from '../../components/use-day-toggle';
import { countReady, documentNameKey, documentsFor, isDocumentId } from '../../domain/documents';
import { DEFAULT_PATH } from '../../domain/paths';
import { today } from '../../device/today';
import { useApp } from '../../components/store-context';
import { loadTranslations } from '../../i18n/i18n';
import { useRouteDetail } from '../../navigation/route-detail';
import { DocumentCard } from './document-card';
import { useStoredPdfs } from './use-stored-pdfs';
import './documents.css';
import { TermsText } from '../../components/terms-text';

// The builder, its strings and its worker (with the PDF library) are fetched only when a builder opens.
const PdfBuilder = lazy(async () => {
  const [module] = await Promise.all([import('./pdf/pdf-builder'), loadTranslations('pdf')]);
  return module;
});

/** The documents of the student's path only: a slot ticked on another path is kept but not shown. */
export default function DocumentsScreen() {
  const { t } = useTranslation();
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const answers = useApp((s) => s.answers);
  const documents = useApp((s) => s.documents);
  const setDocument = useApp((s) => s.setDocument);
  const toggle = useDayToggle(documents, setDocument, (document) => t('documents.unmarked', { name: t(documentNameKey(document, path)) }));
  const [pdfs, reloadPdfs] = useStoredPdfs();
  const detail = useRouteDetail().split('/');
  const listed = documentsFor(path, answers, today());
  const ready = countReady(documents, listed);

  const building = detail[0] === 'pdf' ? detail[1] : undefined;
  if (isDocumentId(building) && listed.includes(building)) {
    return (
      <Suspense
        fallback={
          <p className="loading">
            <TermsText>{t('common.loading')}</TermsText>
          </p>
        }
      >
        <PdfBuilder key={building} document={building} path={path} onSaved={reloadPdfs} />
      </Suspense>
    );
  }

  return (
    <>
      <ScreenHeading>{t('documents.screenTitle')}</ScreenHeading>
      <p>
        <TermsText>{t('documents.intro')}</TermsText>
      </p>
      <p className="callout">
        <TermsText>{t('documents.onePdf')}</TermsText>
      </p>
      <p className="progress-line">
        <TermsText>{t('progress.documents', { ready, total: listed.length })}</TermsText>
      </p>
      <progress max={listed.length} value={ready} aria-label={t('progress.documentsLabel')} />
      <ul className="cards">
        {listed.map((document) => (
          <DocumentCard
            key={document}
            document={document}
            path={path}
            pdf={pdfs.get(document)}
            onToggle={toggle}
            onPdfChange={reloadPdfs}
          />
        ))}
      </ul>
      <p>
        <OfficialLink page="registration" />
      </p>
    </>
  );
}
