import { describe, expect, it } from 'vitest';
import { linkOf, whatOf, whoOf } from './describe-entry.ts';

describe('evidence entries in words', () => {
  it('credits the sweep to the system with its Paris day, never to a user', () => {
    expect(whoOf({ actor: 'system:sweep', at: '2026-12-06T23:30:00.000Z' }, { name: 'Anne', role: 'admin' })).toEqual({
      fr: 'Système — balayage du 07/12',
      en: 'System — sweep of 07/12',
    });
    expect(whoOf({ actor: 'u1', at: '2026-12-07T09:00:00Z' }, { name: 'Anne Martin', role: 'sales' }).fr).toBe(
      'Anne Martin',
    );
    expect(whoOf({ actor: 'u2', at: '2026-12-07T09:00:00Z' }, null).fr).toBe('Utilisateur supprimé');
  });

  it('says a portal acceptance in French, naming the quote by its number', () => {
    const e = {
      kind: 'document.received',
      objectType: 'quote',
      objectId: 'q1',
      actor: 'u3',
      at: '2026-12-07T09:00:00Z',
      decision: null,
    };
    expect(whatOf(e, { object: 'D-2026-00011', user: { name: 'Client', role: 'client' } }).fr).toBe(
      'Devis D-2026-00011 accepté dans l’espace client',
    );
    expect(whatOf(e, { object: 'D-2026-00011', user: { name: 'Léa', role: 'sales' } }).en).toBe(
      'Acceptance of Quote D-2026-00011 recorded',
    );
  });

  it('tells a decision by its explanation and links known objects', () => {
    const e = {
      kind: 'decision',
      objectType: 'invoice',
      objectId: 'i1',
      actor: 'system:sweep',
      at: '2026-12-07T09:00:00Z',
      decision: { citation: { article: '10.3' }, explanation: { fr: 'pénalités calculées', en: 'interest computed' } },
    };
    expect(whatOf(e, { object: 'F-2026-00001', user: null }).fr).toBe('Facture F-2026-00001 : pénalités calculées');
    expect(linkOf('invoice', 'i1')).toBe('/invoices/i1');
    expect(linkOf('bank-import', 'b1')).toBeNull();
  });

  it('never shows an entry’s code in French: a decision without explanation names its article, other kinds read as words', () => {
    const base = { objectId: 'x', actor: 'system:sweep', at: '2026-12-07T09:00:00Z' };
    const decision = { ...base, kind: 'decision', objectType: 'client', decision: { citation: { article: '17.2' } } };
    expect(whatOf(decision, { object: 'Durand SARL', user: null }).fr).toBe(
      'Client Durand SARL : décision (art. 17.2)',
    );
    const mandate = { ...base, kind: 'sepa.mandate-amended', objectType: 'sepa-mandate', decision: null };
    expect(whatOf(mandate, { object: 'ALLEO-MOREL-2026-002', user: null }).fr).toBe(
      'Mandat SEPA ALLEO-MOREL-2026-002 modifié',
    );
    const unknown = { ...base, kind: 'something.new', objectType: 'quote', decision: null };
    expect(whatOf(unknown, { object: 'D-2026-00001', user: null }).fr).toBe(
      'Devis D-2026-00001 : événement enregistré',
    );
    expect(whatOf(unknown, { object: null, user: null }).fr).not.toContain('something');
  });
});
