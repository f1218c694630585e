import { useTranslation } from 'react-i18next';
import type { PathId } from '../../domain/paths';

/** The one-sentence guide of a path that does not register online (its full guide is on My situation). */
export function GuideSummary({ path }: { path: PathId }) {
  const { t } = useTranslation();
  return <p>{t(`guides.${path}.summary`)}</p>;
}
