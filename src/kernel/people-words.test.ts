import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { peopleWords } from './people-words.ts';

/** The words for the first issue of parsing `value` with `schema`. */
function wordsFor(schema: z.ZodType, value: unknown) {
  const issue = schema.safeParse(value).error!.issues[0]!;
  return peopleWords(issue.code, issue as unknown as Record<string, unknown>, issue.message);
}

describe('people words for field errors', () => {
  it('a missing or empty text is "Ce champ est obligatoire", never zod\'s "Trop petit"', () => {
    const s = z.object({ name: z.string().trim().min(1) });
    expect(wordsFor(s, {})).toEqual({ fr: 'Ce champ est obligatoire', en: 'This field is required' });
    expect(wordsFor(s, { name: '' })).toEqual({ fr: 'Ce champ est obligatoire', en: 'This field is required' });
  });

  it('lengths, bounds and lists say the number people must respect', () => {
    expect(wordsFor(z.string().min(10), 'abc')?.fr).toBe('Saisissez au moins 10 caractères');
    expect(wordsFor(z.string().max(200), 'x'.repeat(201))?.fr).toBe('200 caractères au plus');
    expect(wordsFor(z.number().int().min(1), 0)?.fr).toBe('La valeur doit être au moins 1');
    expect(wordsFor(z.number().positive(), 0)?.fr).toBe('La valeur doit être supérieure à 0');
    expect(wordsFor(z.number().max(1_000_000), 2_000_000)).toEqual({
      fr: 'La valeur doit être au plus 1\u202f000\u202f000',
      en: 'The value must be at most 1,000,000',
    });
    expect(wordsFor(z.array(z.string()).min(1), [])?.fr).toBe('Ajoutez au moins un élément');
  });

  it('wrong type, format and choice', () => {
    expect(wordsFor(z.number(), 'x')?.fr).toBe('Saisissez un nombre');
    expect(wordsFor(z.email(), 'nope')?.fr).toBe('Adresse e-mail invalide (exemple : nom@societe.fr)');
    expect(wordsFor(z.enum(['a', 'b']), 'c')).toEqual({
      fr: 'Choisissez une des valeurs proposées',
      en: 'Choose one of the values offered',
    });
  });

  it("an issue it does not know keeps zod's words (null)", () => {
    expect(peopleWords('custom', {}, 'x')).toBeNull();
  });
});
