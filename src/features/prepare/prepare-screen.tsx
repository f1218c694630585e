import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation/routes';
import { OfficialLink } from '../../components/official-link';
import { ScreenHeading } from '../../components/screen-heading';
import { ANSWER_FIELDS, countAnswered } from '../../domain/answers';
import { useApp } from '../../components/store-context';
import { AnswerField } from './answer-field';

/** Step 3's questions answered calmly offline, ready to paste into the site. */
export default function PrepareScreen() {
  const { t } = useTranslation();
  const answers = useApp((s) => s.answers);
  return (
    <>
      <ScreenHeading>{t('prepare.title')}</ScreenHeading>
      <p>{t('prepare.intro')}</p>
      <p className="note">{t('prepare.savedLocally')}</p>
      <p className="progress-line">{t('prepare.count', { count: countAnswered(answers), total: ANSWER_FIELDS.length })}</p>
      <form className="answers" onSubmit={(event) => event.preventDefault()} noValidate>
        {ANSWER_FIELDS.map((field) => (
          <AnswerField key={field} field={field} />
        ))}
      </form>
      <p className="links">
        <a href={hrefFor('steps')}>{t('prepare.backToSteps')}</a>
        <OfficialLink page="registration" />
      </p>
    </>
  );
}
