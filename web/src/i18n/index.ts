/**
 * i18next with the two catalogs; the chosen language is kept in localStorage and set on <html lang>. A catalog is
 * read only when its language is used (Danish at once, as nearly everyone uses it), and as JSON text: a browser
 * parses JSON far faster than the same object written as JavaScript.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { LANGUAGE_KEY, storedLanguage } from '../api/early';
import daText from './da.json?raw';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const catalogs: Record<Language, () => Promise<string>> = {
  da: () => Promise.resolve(daText),
  en: () => import('./en.json?raw').then((m) => m.default),
};

/** Make sure the language's catalog is loaded into i18next. */
async function load(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'translation')) return;
  i18n.addResourceBundle(lang, 'translation', JSON.parse(await catalogs[lang]()) as object);
}

function apply(lang: string): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

/** Start i18next in the stored language (Danish by default); resolves once that language's texts are there. */
export async function initI18n(): Promise<typeof i18n> {
  const lng = storedLanguage();
  apply(lng);
  void i18n.use(initReactI18next).init({
    resources: { da: { translation: JSON.parse(daText) as object } },
    lng,
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    returnNull: false,
    // No advertisement in a municipal user's console: and where DevTools listen, a console message costs the
    // page a stack trace, for which V8 re-parses every function on the stack (70 ms while the app starts).
    showSupportNotice: false,
  });
  await load(lng);
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

/** Switch the interface language, loading its catalog first. */
export async function switchLanguage(lang: Language): Promise<void> {
  await load(lang);
  await i18n.changeLanguage(lang);
}
