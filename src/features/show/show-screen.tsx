import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useFormatDay } from '../../components/day-format';
import { ScreenHeading } from '../../components/screen-heading';
import { useApp } from '../../components/store-context';
import { formatDay } from '../../domain/dates';
import { DEFAULT_PATH } from '../../domain/paths';
import { cardFacts, isShowCard, showCardsFor, type CardFacts, type ShowCardId } from '../../domain/show-cards';
import { formatSocialSecurityNumber } from '../../domain/social-security-number';
import { useRouteDetail } from '../../navigation/route-detail';
import { hrefFor } from '../../navigation/routes';
import { useWakeLock } from './use-wake-lock';
import './show.css';

const BLANK = '……………';
const NUMBER_MARK = '\u0000';

/**
 * A line's meaning in the student's language, with the number in its own left-to-right element, so that
 * "2 95 10 99 …" keeps its order inside Arabic text (the spaces between its groups would otherwise reverse it).
 */
function Meaning({ text, number }: { text: string; number?: string }) {
  if (number === undefined) return text;
  const [before, after] = text.split(NUMBER_MARK);
  return (
    <>
      {before}
      <bdi dir="ltr">{number}</bdi>
      {after}
    </>
  );
}

/** One line of a card: what it says in French, and what it means in the student's language. */
interface Line {
  key: string;
  values?: Record<string, string>;
}

function linesOf(card: ShowCardId, facts: CardFacts, registered: string | null): Line[] {
  const number = facts.number ? formatSocialSecurityNumber(facts.number.value) : BLANK;
  const numberLine: Line = { key: facts.number?.kind === 'definitive' ? 'numberDefinitive' : 'numberProvisional', values: { number } };
  if (card === 'pharmacy') return [{ key: 'hello' }, { key: 'pharmacy.ask' }, numberLine, { key: 'thanks' }];
  if (card === 'doctor') {
    const doctorNumber = facts.number?.kind === 'definitive' ? numberLine : { key: 'doctor.onlyProvisional', values: { number } };
    return [{ key: 'hello' }, { key: 'doctor.ask' }, { key: 'doctor.how' }, doctorNumber, { key: 'thanks' }];
  }
  return [
    { key: 'hello' },
    registered ? { key: 'cpam.registeredOn', values: { date: registered } } : { key: 'cpam.registered' },
    { key: 'cpam.number', values: { number: facts.provisional ? formatSocialSecurityNumber(facts.provisional) : BLANK } },
    ...(facts.hasDefinitive ? [] : [{ key: 'cpam.noDefinitive' }]),
    { key: 'thanks' },
  ];
}

/**
 * Cards in French to show at a counter, whatever the app's language, each line with its meaning in the
 * student's language underneath, smaller. #/show lists them; #/show/<card> shows one, large, screen kept on.
 */
export default function ShowScreen() {
  const { t, i18n } = useTranslation();
  const detail = useRouteDetail();
  const path = useApp((s) => s.path) ?? DEFAULT_PATH;
  const cards = showCardsFor(path);
  const card = isShowCard(detail) && cards.includes(detail) ? detail : null;
  useWakeLock(card !== null);
  if (!card) {
    return (
      <>
        <ScreenHeading>{t('show.title')}</ScreenHeading>
        <p>{t('show.intro')}</p>
        <ul className="show-list">
          {cards.map((id) => (
            <li key={id}>
              <a href={hrefFor('show', id)} className="show-link">
                <span lang="fr" dir="ltr" className="show-link-fr">
                  {t(`show.${id}.name`, { lng: 'fr' })}
                </span>
                {i18n.language !== 'fr' && <span className="show-link-meaning">{t(`show.${id}.name`)}</span>}
              </a>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return <ShownCard card={card} />;
}

function ShownCard({ card }: { card: ShowCardId }) {
  const { t, i18n } = useTranslation();
  const facts = cardFacts(useApp(useShallow((s) => ({ numbers: s.numbers, steps: s.steps }))));
  const formatOwnDay = useFormatDay();
  // The French line writes the day in French; the meaning underneath, as the app writes days.
  const lines = linesOf(card, facts, facts.registeredOn ? formatDay(facts.registeredOn, 'fr-FR') : null);
  const meanings = linesOf(card, facts, facts.registeredOn ? formatOwnDay(facts.registeredOn) : null);
  const translated = i18n.language !== 'fr';
  const missingNumber = card === 'cpam' ? facts.provisional === null : facts.number === null;
  return (
    <>
      <p className="show-back">
        <a href={hrefFor('show')}>
          <span className="direction-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('show.back')}
        </a>
      </p>
      <ScreenHeading>{t(`show.${card}.name`)}</ScreenHeading>
      <article className="show-card" aria-label={t('show.cardLabel')}>
        {lines.map(({ key, values }, index) => (
          <div key={key} className="show-line">
            <p lang="fr" dir="ltr" className="show-fr">
              {t(`show.${key}`, { lng: 'fr', ...values })}
            </p>
            {translated && (
              <p className="show-meaning">
                <Meaning
                  text={t(`show.${key}`, { ...meanings[index]?.values, ...(values?.number ? { number: NUMBER_MARK } : {}) })}
                  number={values?.number}
                />
              </p>
            )}
          </div>
        ))}
      </article>
      {missingNumber && (
        <p className="note">
          {t('show.noNumber')} <a href={hrefFor('numbers')}>{t('show.openNumbers')}</a>
        </p>
      )}
      <p className="hint">{t('show.awake')}</p>
    </>
  );
}
