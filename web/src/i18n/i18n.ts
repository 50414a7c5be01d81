import { IntlMessageFormat } from 'intl-messageformat';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { MessageKey } from './fr.ts';

export type { MessageKey } from './fr.ts';
export type Lang = 'fr' | 'en';
/** A server-provided text in both languages (rule titles, article summaries, explanations). */
export interface LocalizedText {
  fr: string;
  en: string;
}

const STORAGE_KEY = 'clausier.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { fr, en };
const listeners = new Set<() => void>();

function readStoredLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr'; // storage blocked (privacy mode): French is the default
  }
}

let current: Lang = readStoredLang();

function syncDocument(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
syncDocument(current);

/** The current UI language (also sent as Accept-Language by the API client). */
export function getLang(): Lang {
  return current;
}

/** Switches the UI language and remembers it in localStorage. */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted: the switch still applies to this tab
  }
  syncDocument(lang);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** ICU plural or select (`{count, plural, one {# jour} other {# jours}}`): formatted by FormatJS. */
const ICU = /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/;
const compiled = new Map<string, IntlMessageFormat>();

/** Formats a message in `lang`: ICU plurals by the language's plural rules, else `{name}` placeholders. */
export function formatMessage(lang: Lang, template: string, vars?: Record<string, string | number>): string {
  if (!ICU.test(template)) return interpolate(template, vars);
  const cacheKey = `${lang}\u0000${template}`;
  let format = compiled.get(cacheKey);
  if (!format) compiled.set(cacheKey, (format = new IntlMessageFormat(template, lang)));
  return String(format.format(vars ?? {}));
}

/** Translates a key outside React (API client fallbacks). */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  return formatMessage(lang, dictionaries[lang][key], vars);
}

/** True when `key` exists in the dictionaries (for keys built from server codes). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** Translates a known key. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Translates a key built at run time (`outcome.${code}`), or returns the fallback. */
  tx: (key: string, fallback: string) => string;
  /** A decision's outcome: the rule's own label (`outcome.contract.status.active`) before the shared one. */
  outcome: (decision: { rule: string; outcome: string }) => string;
  /** Picks the current language from a server-provided `{ fr, en }` text. */
  pick: (text: LocalizedText | null | undefined) => string;
}

/** Hook giving the current language and translation helpers; re-renders on language switch. */
export function useI18n(): I18n {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  const t = useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    [lang],
  );
  const tx = useCallback(
    (key: string, fallback: string) => (isMessageKey(key) ? dictionaries[lang][key] : fallback),
    [lang],
  );
  const outcome = useCallback(
    (decision: { rule: string; outcome: string }) =>
      tx(`outcome.${decision.rule}.${decision.outcome}`, tx(`outcome.${decision.outcome}`, decision.outcome)),
    [tx],
  );
  const pick = useCallback((text: LocalizedText | null | undefined) => (text ? text[lang] || text.fr : ''), [lang]);
  return useMemo(() => ({ lang, setLang, t, tx, outcome, pick }), [lang, t, tx, outcome, pick]);
}
