/**
 * The search key of a name (ADR 0028): accents, case, ligatures and spacing folded, so that
 * "Électricité", "electricite" and "ELECTRICITE" give the same key and "lefevre" is found in
 * "Boulangerie Lefèvre". Stored beside the name by the module that owns it, compared with a plain
 * LIKE and sorted by it, the same way on SQLite and PostgreSQL; its order is the primary level
 * of French collation ("Électricité" before "Zénith").
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
