/** The UI locale and its strings, provided once at the top of the tree. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { getStrings, type Locale, type Strings } from './strings';

interface LocaleValue {
  readonly locale: Locale;
  readonly strings: Strings;
}

const LocaleContext = createContext<LocaleValue>({ locale: 'zh-CN', strings: getStrings('zh-CN') });

export function LocaleProvider({
  locale,
  children,
}: {
  readonly locale: Locale;
  readonly children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, strings: getStrings(locale) }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useStrings(): Strings {
  return useContext(LocaleContext).strings;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}
