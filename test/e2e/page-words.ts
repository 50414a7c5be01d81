/**
 * What a French back-office screen must never show: raw ids, English enum values or code words,
 * and "1 jours"-style plurals. The English words are read from the enum unions of the database
 * schema (src/db/schema.ts) so that a new status or kind is checked without editing this list.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Enum values spelt the same in French (or proper names): not English on a French screen. */
const FRENCH_TOO = new Set([
  'client',
  'normal',
  'services',
  'rectification',
  'restriction',
  'objection',
  'post-mortem',
  'alleo',
  'exw',
  'portability',
  'obligations',
]);

/** Words of code that leak when a value is missing or malformed. */
const CODE_WORDS = ['true', 'false', 'undefined', 'null', 'NaN', 'Invalid Date', '[object Object]'];

/** Every value of a string-literal union in the schema ('a' | 'b'), two letters or more. */
export function schemaEnumValues(): string[] {
  const schema = fs.readFileSync(path.resolve('src/db/schema.ts'), 'utf8');
  const values = new Set<string>();
  for (const line of schema.split('\n')) {
    if (!/'[a-z][a-z-]*'\s*\|/.test(line)) continue;
    for (const m of line.matchAll(/'([a-z][a-z-]+)'/g)) values.add(m[1]!);
  }
  return [...values].filter((v) => !FRENCH_TOO.has(v)).sort();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word (hyphens belong to the word, so 'sent' does not match 'présenté' nor 'sent-at'). */
function wordPattern(words: readonly string[], flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d_-])(?:${words.map(escape).join('|')})(?![\\p{L}\\d_-])`, flags);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** French units whose plural takes an s; "1 mois", "1 fois" are singular already. */
const BAD_PLURAL = /(?<![\p{L}\d,.])1 (\p{L}+s)(?!\p{L})/u;
const SINGULAR_WITH_S = new Set(['mois', 'fois', 'pas', 'des', 'les', 'sous', 'plus', 'dans', 'après', 'sans', 'vers']);

export interface TextFindings {
  rawIds: string[];
  english: string[];
  plurals: string[];
}

/** The visible text of the page checked line by line; a 64-hex hash is allowed next to its "empreinte" label. */
export async function textFindings(page: Page, enumValues: readonly string[]): Promise<TextFindings> {
  const { text, unlabelledHashes } = await page.evaluate(() => {
    const hashes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      if (!/[0-9a-f]{64}/i.test(value)) continue;
      // A hash is fine when a nearby label names it (Empreinte, SHA-256).
      let el: HTMLElement | null = node.parentElement;
      let labelled = false;
      for (let depth = 0; el && depth < 4 && !labelled; depth++, el = el.parentElement) {
        const around = (el.innerText ?? '').replace(/[0-9a-f]{64}/gi, '');
        labelled = /empreinte|sha-?256/i.test(around) || /empreinte|sha/i.test(el.getAttribute('aria-label') ?? '');
      }
      if (!labelled && node.parentElement?.checkVisibility()) hashes.push(value.trim().slice(0, 80));
    }
    return { text: document.body.innerText, unlabelledHashes: hashes };
  });
  const english = wordPattern(enumValues, 'iu');
  const code = wordPattern(CODE_WORDS, 'u');
  const findings: TextFindings = { rawIds: [...unlabelledHashes], english: [], plurals: [] };
  for (const line of text.split('\n')) {
    if (UUID.test(line)) findings.rawIds.push(line.trim().slice(0, 120));
    const word = english.exec(line) ?? code.exec(line);
    if (word) findings.english.push(`"${word[0]}" in: ${line.trim().slice(0, 120)}`);
    const plural = BAD_PLURAL.exec(line);
    if (plural && !SINGULAR_WITH_S.has(plural[1]!.toLowerCase()))
      findings.plurals.push(line.slice(Math.max(0, plural.index - 50), plural.index + 50).trim());
  }
  return findings;
}
