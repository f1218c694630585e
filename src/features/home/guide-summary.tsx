import { useTranslation } from 'react-i18next';
import type { PathId } from '../../domain/paths';
import { TermsText } from '../../components/terms-text';

/** The one-sentence guide of a path that does not register online (its full guide is on My situation). */
export function GuideSummary({ path }: { path: PathId }) {
  const { t } = useTranslation();
  return (
    <p>
      <TermsText>{t(`guides.${path}.summary`)}</TermsText>
    </p>
  );
}
