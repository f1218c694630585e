import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { GLOSSARY, glossaryTerm, searchGlossary, type GlossaryEntry } from '../../domain/glossary';
import { useRouteDetail } from '../../navigation/route-detail';
import './glossary.css';

/**
 * The French words students meet, each with its meaning and where it is met, in the student's language.
 * #/glossary/<id> (where a word in the app's texts links) opens on that entry.
 */
export default function GlossaryScreen() {
  const { t } = useTranslation();
  const detail = useRouteDetail();
  const linked = glossaryTerm(detail)?.id ?? null;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const entries = useMemo<GlossaryEntry[]>(
    () =>
      GLOSSARY.map((term) => ({
        id: term.id,
        fr: term.fr,
        meaning: t(`glossary.terms.${term.id}.meaning`),
        where: t(`glossary.terms.${term.id}.where`),
      })).sort((a, b) => a.fr.localeCompare(b.fr, 'fr')),
    // t changes with the language.
    [t],
  );
  const found = searchGlossary(entries, query);
  const linkedHeading = useRef<HTMLHeadingElement>(null);

  // Coming from a word in a text: the search is cleared and the entry scrolled to and focused.
  useEffect(() => {
    if (!linked) return;
    setQuery('');
    requestAnimationFrame(() => {
      linkedHeading.current?.scrollIntoView({ block: 'center' });
      linkedHeading.current?.focus();
    });
  }, [linked]);

  return (
    <>
      <ScreenHeading focus={false}>{t('glossary.title')}</ScreenHeading>
      <p>{t('glossary.intro')}</p>
      <search className="glossary-search">
        <label htmlFor={searchId}>{t('glossary.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={`${searchId}-hint ${searchId}-count`}
          autoComplete="off"
          spellCheck={false}
        />
        <p className="hint" id={`${searchId}-hint`}>
          {t('glossary.searchHint')}
        </p>
      </search>
      <p className="glossary-count" id={`${searchId}-count`} aria-live="polite">
        {found.length === 0 ? t('glossary.none', { query: query.trim() }) : t('glossary.results', { count: found.length })}
      </p>
      {found.length === 0 && (
        <button type="button" className="button" onClick={() => setQuery('')}>
          {t('glossary.clear')}
        </button>
      )}
      <ul className="glossary-list">
        {found.map((entry) => (
          <li key={entry.id} id={`term-${entry.id}`} className={entry.id === linked ? 'glossary-entry linked' : 'glossary-entry'}>
            <h2 lang="fr" tabIndex={-1} ref={entry.id === linked ? linkedHeading : undefined}>
              {entry.fr}
            </h2>
            <p>{entry.meaning}</p>
            <p className="hint">
              <strong>{t('glossary.where')}</strong> {entry.where}
            </p>
          </li>
        ))}
      </ul>
      <p className="hint">
        {t('glossary.check')} <OfficialLink page="ameli" />
      </p>
    </>
  );
}
