/** The financing partner form: values as typed, and the bodies of POST and PATCH /api/lessors. */
import type { Lessor, LessorChanges, LessorInput } from '../../types/lessors.ts';

export interface LessorFormValues {
  name: string;
  siren: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
}

/** The fields the form shows, in order (their server field errors go under them). */
export const LESSOR_FIELDS = ['name', 'siren', 'addressLine', 'postalCode', 'city', 'country', 'email'] as const;

export function emptyLessorForm(): LessorFormValues {
  return { name: '', siren: '', addressLine: '', postalCode: '', city: '', country: 'FR', email: '' };
}

export function lessorFormOf(lessor: Lessor): LessorFormValues {
  return {
    name: lessor.name,
    siren: lessor.siren ?? '',
    addressLine: lessor.addressLine,
    postalCode: lessor.postalCode,
    city: lessor.city,
    country: lessor.country,
    email: lessor.email ?? '',
  };
}

/** The body of POST /api/lessors: blank optional fields are left out; the rest is for the server to check. */
export function toLessorInput(values: LessorFormValues): LessorInput {
  const siren = values.siren.replace(/\s+/g, '');
  const email = values.email.trim();
  return {
    name: values.name.trim(),
    ...(siren ? { siren } : {}),
    addressLine: values.addressLine.trim(),
    postalCode: values.postalCode.trim(),
    city: values.city.trim(),
    country: values.country.trim().toUpperCase(),
    ...(email ? { email } : {}),
  };
}

/** The body of PATCH /api/lessors/:id: the whole identity, a blank SIREN or email clearing it (null). */
export function toLessorChanges(values: LessorFormValues): LessorChanges {
  const { siren, email, ...rest } = toLessorInput(values);
  return { ...rest, siren: siren ?? null, email: email ?? null };
}
