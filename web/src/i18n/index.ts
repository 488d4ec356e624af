/** i18next with the two catalogs; the chosen language is kept in localStorage and set on <html lang>. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { LANGUAGE_KEY, storedLanguage } from '../api/early';
import da from './da.json';
import en from './en.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

function apply(lang: string): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

/** Start i18next in the stored language (Danish by default). */
export function initI18n(): typeof i18n {
  const lng = storedLanguage();
  void i18n.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng,
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  apply(lng);
  i18n.on('languageChanged', (l) => {
    apply(l);
    try {
      localStorage.setItem(LANGUAGE_KEY, l);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  });
  return i18n;
}
