import { useTranslation } from 'react-i18next';
import { toLang, type Lang } from '../../format/format';

const LANGS: Lang[] = ['id', 'en'];

/** ID / EN toggle; the choice is remembered (see messages/i18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLang(i18n.language);
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-button"
          aria-pressed={current === lang}
          title={lang === 'id' ? t('language.idName') : t('language.enName')}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {lang === 'id' ? t('language.id') : t('language.en')}
        </button>
      ))}
    </div>
  );
}
