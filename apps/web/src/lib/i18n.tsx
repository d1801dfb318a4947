import type { LabelTable } from './labels';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** The UI speaks Vietnamese by default; English is switchable and remembered in localStorage. */
export type Lang = 'vi' | 'en';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Picks the text for the current language: `t('Đăng nhập', 'Sign in')`. */
  t(vi: string, en: string): string;
  /** A label from a table (`{ vi, en }` or `[vi, en]` per value), falling back to the raw value. */
  label(table: LabelTable, value: string | null | undefined): string;
}

const LANG_KEY = 'kn.lang';
const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi'));
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(LANG_KEY, l);
    document.documentElement.lang = l;
    setLangState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (vi, en) => (lang === 'vi' ? vi : en),
      label: (table, v) => {
        if (v === null || v === undefined) return '';
        const pair = Object.hasOwn(table, v) ? table[v] : undefined;
        if (!pair) return v;
        return 'vi' in pair ? pair[lang] : pair[lang === 'vi' ? 0 : 1];
      },
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
