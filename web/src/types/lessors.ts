/** Shapes of the lessors API (src/modules/lessors): financing partners of rentals (art. 3.2, 4.2.4). */

export interface Lessor {
  id: string;
  name: string;
  siren: string | null;
  addressLine: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 (FR). */
  country: string;
  email: string | null;
  active: boolean;
}

/** Body of POST /api/lessors. */
export interface LessorInput {
  name: string;
  siren?: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  email?: string;
}

/** Body of PATCH /api/lessors/:id: only what changes; null removes the SIREN or the email. */
export type LessorChanges = Partial<Omit<LessorInput, 'siren' | 'email'>> & { siren?: string | null; email?: string | null; active?: boolean };
