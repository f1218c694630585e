import { memo } from 'react';
import { CopyButton } from '../../components/copy-button';
import { useTranslation } from 'react-i18next';
import { INSEE_COUNTRIES } from '../../domain/insee-countries';
import { countryCodeOf } from '../../domain/number-checks';
import { countryOptions, namesInLanguages } from '../../device/country-names';

/** The INSEE countries to pick from as the field is typed in: searchable by the student's names, filled in with the site's. */
const CountryList = memo(function CountryList({ id }: { id: string }) {
  const { i18n } = useTranslation();
  return (
    <datalist id={id}>
      {countryOptions(i18n.language, navigator.languages).map((option) => (
        <option key={option.code} value={option.name} label={option.label || undefined} />
      ))}
    </datalist>
  );
});

/**
 * The French name the site uses for what the student typed, when it is another spelling of one country
 * ("China", "中国" → "Chine"); undefined when it already is that name or matches no single country.
 */
function useCountryOnSite(value: string): string | undefined {
  const { i18n } = useTranslation();
  const code = countryCodeOf(value, namesInLanguages(i18n.language, navigator.languages));
  const name = code ? INSEE_COUNTRIES[code]?.name : undefined;
  return name && name !== value.trim() ? name : undefined;
}

/** Copies the country as the site names it. */
export function CountryCopy({ value, label }: { value: string; label: string }) {
  return <CopyButton value={useCountryOnSite(value) ?? value} label={label} />;
}

/** The list to choose from, and for a country typed in another spelling, the site's name and a way to use it. */
export function CountryOnSite({ listId, value, onUse }: { listId: string; value: string; onUse(name: string): void }) {
  const { t } = useTranslation();
  const onSite = useCountryOnSite(value);
  return (
    <>
      <CountryList id={listId} />
      {onSite && (
        <p className="hint country-on-site">
          {t('prepare.country.onSite', { name: onSite })}{' '}
          <button type="button" className="button quiet" onClick={() => onUse(onSite)}>
            {t('prepare.country.use', { name: onSite })}
          </button>
        </p>
      )}
    </>
  );
}
