import type { PartyIdentity } from '../../documents/index.ts';
import type { LessorRow } from './lessors.repo.ts';
import type { LessorOut } from './lessors.schemas.ts';

export function toLessorOut(r: LessorRow): LessorOut {
  return {
    id: r.id,
    name: r.name,
    siren: r.siren,
    addressLine: r.address_line,
    postalCode: r.postal_code,
    city: r.city,
    country: r.country,
    email: r.email,
    active: r.active === 1,
  };
}

/** The lessor as a document prints it. */
export function lessorIdentity(r: LessorRow): PartyIdentity {
  return {
    name: r.name,
    addressLines: [r.address_line, `${r.postal_code} ${r.city}`],
    ...(r.siren ? { siren: r.siren } : {}),
    ...(r.email ? { email: r.email } : {}),
  };
}
