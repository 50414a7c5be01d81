import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataRetentionStep } from '../../src/modules/privacy/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { DIALECTS } from '../helpers/db.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';

/** A valid client body (Transports Morel's real-looking identifiers: Luhn and VAT key correct). */
const morel = (overrides: Record<string, unknown> = {}) => ({
  legalName: 'Transports Morel SAS',
  siren: '552 081 317',
  siret: '55208131700018',
  vatNumber: 'FR03552081317',
  billingAddress: { line: '12 rue de la Gare', postalCode: '71000', city: 'Mâcon' },
  contacts: [
    { name: 'Marc Morel', title: 'Directeur informatique', email: 'IT@transports-morel.example', correspondent: true },
    { name: 'Sophie Morel', phone: '+33 3 85 00 00 02' },
  ],
  ...overrides,
});

for (const dialect of DIALECTS) {
  describe(`clients [${dialect}]`, () => {
    let t: TestApi;
    let admin: Session;
    let sales: Session;
    let accounting: Session;
    let technician: Session;
    const count = async (table: 'clients' | 'client_contacts') =>
      Number(
        (
          await t.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const create = (s: Session, body: unknown) =>
      t.as(s, { method: 'POST', url: '/api/clients', payload: body as object });
    const paths = (res: { json(): { errors: Array<{ path: string }> } }) =>
      res
        .json()
        .errors.map((e) => e.path)
        .sort();
    beforeAll(async () => {
      t = await startTestApi(dialect);
      [admin, sales, accounting, technician] = await Promise.all([
        t.signIn('admin'),
        t.signIn('sales'),
        t.signIn('accounting'),
        t.signIn('technician'),
      ]);
    });
    afterAll(() => t.cleanup());

    it('creates a client with contacts and its correspondent, normalized, and shows it', async () => {
      const res = await create(
        sales,
        morel({ siteAddress: { line: 'Dépôt Nord', postalCode: '71000', city: 'Mâcon' } }),
      );
      expect(res.statusCode).toBe(201);
      const c = res.json().client;
      expect(c).toMatchObject({
        legalName: 'Transports Morel SAS',
        siren: '552081317',
        siret: '55208131700018',
        vatNumber: 'FR03552081317',
        billingAddress: { line: '12 rue de la Gare', postalCode: '71000', city: 'Mâcon', country: 'FR' },
        siteAddress: { line: 'Dépôt Nord', postalCode: '71000', city: 'Mâcon', country: 'FR' },
        paymentMethod: 'bank-transfer',
        publicBuyer: false,
        referenceOptOut: false,
        financialStatus: 'normal',
        financialStatusHistory: [],
        relationshipEndedOn: null,
      });
      expect(c.contacts).toHaveLength(2);
      expect(c.correspondent).toMatchObject({
        name: 'Marc Morel',
        email: 'it@transports-morel.example',
        isCorrespondent: true,
      });
      const detail = await t.as(technician, { method: 'GET', url: `/api/clients/${c.id}` });
      expect(detail.statusCode).toBe(200);
      expect(detail.json().client).toEqual(c);
    });

    it('lists with search by name or SIREN and paging', async () => {
      await create(sales, {
        legalName: 'Clinique du Parc SA',
        siren: '383471489',
        billingAddress: { line: '5 avenue du Parc', postalCode: '69006', city: 'Lyon' },
      });
      const byName = await t.as(sales, { method: 'GET', url: '/api/clients?q=clinique' });
      expect(byName.json().items.map((i: { legalName: string }) => i.legalName)).toEqual(['Clinique du Parc SA']);
      const bySiren = await t.as(sales, { method: 'GET', url: `/api/clients?q=${encodeURIComponent('552 081')}` });
      expect(bySiren.json().items).toHaveLength(1);
      expect(bySiren.json().items[0]).toMatchObject({
        legalName: 'Transports Morel SAS',
        correspondentName: 'Marc Morel',
        financialStatus: 'normal',
      });
      const page = await t.as(sales, { method: 'GET', url: '/api/clients?limit=1&offset=1' });
      expect(page.json()).toMatchObject({ limit: 1, offset: 1 });
      expect(page.json().items).toHaveLength(1);
      expect(page.json().total).toBeGreaterThanOrEqual(2);
      const none = await t.as(sales, { method: 'GET', url: '/api/clients?q=%25' });
      expect(none.json().items).toEqual([]);
    });

    it('refuses bad SIREN, SIRET, VAT number and IBAN, naming each field, and writes nothing', async () => {
      const before = [await count('clients'), await count('client_contacts')];
      const res = await create(
        sales,
        morel({
          siren: '552081318',
          siret: '55208131700019',
          vatNumber: 'FR04552081317',
          iban: 'FR7630006000011234567890188',
          bic: 'NOPE',
        }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(paths(res)).toEqual(['bic', 'iban', 'siren', 'siret', 'vatNumber']);
      expect([await count('clients'), await count('client_contacts')]).toEqual(before);
    });

    it('words the refusals in French by default and in English when asked, at each field', async () => {
      const before = await count('clients');
      const body = morel({ siren: '552081318', vatNumber: 'FR04552081317', iban: 'FR7630006000011234567890188' });
      const byPath = (res: { json(): { errors: Array<{ path: string; message: string }> } }) =>
        Object.fromEntries(res.json().errors.map((e) => [e.path, e.message]));
      const fr = await create(sales, body);
      expect(fr.statusCode).toBe(400);
      expect(fr.json().title).toBe('Requête invalide');
      expect(byPath(fr)).toEqual({
        siren: 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas',
        vatNumber: 'Numéro de TVA invalide : la clé 04 ne correspond pas au SIREN (clé attendue : 03)',
        iban: 'IBAN invalide : la clé de contrôle ne correspond pas',
      });
      // The wire shape is unchanged: one message per error, in the language of the request.
      for (const e of fr.json().errors) expect(Object.keys(e).sort()).toEqual(['message', 'path']);
      const en = await t.as(sales, {
        method: 'POST',
        url: '/api/clients',
        payload: body,
        headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' },
      });
      expect(en.statusCode).toBe(400);
      expect(en.json().title).toBe('Invalid request');
      expect(byPath(en)).toEqual({
        siren: 'SIREN checksum (Luhn) does not match',
        vatNumber: 'VAT key 04 does not match the SIREN (expected 03)',
        iban: 'IBAN check digits do not match',
      });
      // Custom schema checks (refine, superRefine) are bilingual too.
      const schemaBody = morel({
        billingAddress: { line: '12 rue de la Gare', postalCode: '7100', city: 'Mâcon' },
        contacts: [
          { name: 'A', email: 'a@x.example', correspondent: true },
          { name: 'B', email: 'b@x.example', correspondent: true },
        ],
      });
      const frSchema = await create(sales, schemaBody);
      expect(byPath(frSchema)).toEqual({
        'billingAddress.postalCode': 'un code postal français comporte 5 chiffres',
        'contacts.1.correspondent': 'un seul contact peut être le correspondant désigné',
      });
      const enSchema = await t.as(sales, {
        method: 'POST',
        url: '/api/clients',
        payload: schemaBody,
        headers: { 'accept-language': 'en' },
      });
      expect(byPath(enSchema)).toEqual({
        'billingAddress.postalCode': 'a French postal code has 5 digits',
        'contacts.1.correspondent': 'only one contact can be the correspondent',
      });
      expect(await count('clients')).toBe(before);
    });

    it('refuses a SIRET or a French VAT number of another company', async () => {
      const before = await count('clients');
      const res = await create(sales, morel({ siret: '38347148900013', vatNumber: 'FR08383471489' }));
      expect(res.statusCode).toBe(400);
      expect(paths(res)).toEqual(['siret', 'vatNumber']);
      expect(await count('clients')).toBe(before);
    });

    it('needs IBAN, mandate reference (RUM) and its date for direct debit', async () => {
      const before = await count('clients');
      const res = await create(
        sales,
        morel({ paymentMethod: 'direct-debit', iban: 'FR76 3000 4000 0312 3456 7890 143' }),
      );
      expect(res.statusCode).toBe(400);
      expect(paths(res)).toEqual(['mandateReference', 'mandateSignedOn']);
      expect(await count('clients')).toBe(before);
      const ok = await create(
        sales,
        morel({
          legalName: 'Morel Prélèvement',
          paymentMethod: 'direct-debit',
          iban: 'fr76 3000 4000 0312 3456 7890 143',
          bic: 'bnpafrppxxx',
          mandateReference: 'ALLEO-MOREL-001',
          mandateSignedOn: '2026-02-01',
        }),
      );
      expect(ok.statusCode).toBe(201);
      expect(ok.json().client).toMatchObject({
        paymentMethod: 'direct-debit',
        iban: 'FR76 ******************* 0143',
        bic: 'BNPA*******',
        paymentDetailsMasked: true,
        mandateReference: 'ALLEO-MOREL-001',
        mandateSignedOn: '2026-02-01',
      });
      // Accounting collects the payments: it reads them in full (normalized).
      const full = await t.as(accounting, { method: 'GET', url: `/api/clients/${ok.json().client.id}` });
      expect(full.json().client).toMatchObject({
        iban: 'FR7630004000031234567890143',
        bic: 'BNPAFRPPXXX',
        paymentDetailsMasked: false,
      });
    });

    it('names bad contact fields by index and refuses two correspondents', async () => {
      const before = [await count('clients'), await count('client_contacts')];
      const res = await create(
        sales,
        morel({
          contacts: [
            { name: 'A', email: 'a@x.example', correspondent: true },
            { name: 'B', email: 'not-an-email', correspondent: true },
            { name: 'C' },
          ],
        }),
      );
      expect(res.statusCode).toBe(400);
      // Every problem at once: the bad email, the unreachable contact, the second correspondent.
      expect(paths(res)).toEqual(['contacts.1.correspondent', 'contacts.1.email', 'contacts.2.email']);
      const two = await create(
        sales,
        morel({
          contacts: [
            { name: 'A', email: 'a@x.example', correspondent: true },
            { name: 'B', email: 'b@x.example', correspondent: true },
          ],
        }),
      );
      expect(two.statusCode).toBe(400);
      expect(paths(two)).toEqual(['contacts.1.correspondent']);
      expect([await count('clients'), await count('client_contacts')]).toEqual(before);
    });

    it('refuses control characters (PostgreSQL cannot store NUL) with a field error, not a 500', async () => {
      const before = await count('clients');
      const res = await create(
        sales,
        morel({ legalName: 'A\u0000B', billingAddress: { line: 'x\u0000', postalCode: '71000', city: 'Mâcon' } }),
      );
      expect(res.statusCode).toBe(400);
      expect(paths(res)).toEqual(['billingAddress.line', 'legalName']);
      expect((await t.as(sales, { method: 'GET', url: '/api/clients?q=%00' })).statusCode).toBe(400);
      expect((await t.as(sales, { method: 'GET', url: '/api/clients/a%00b' })).statusCode).toBe(400);
      expect(await count('clients')).toBe(before);
    });

    it('accepts a SIRET of La Poste keyed by its own rule', async () => {
      const res = await create(sales, {
        legalName: 'La Poste',
        siren: '356000000',
        siret: '35600000010000',
        vatNumber: 'FR39356000000',
        billingAddress: { line: '9 rue du Colonel Pierre Avia', postalCode: '75015', city: 'Paris' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().client.siret).toBe('35600000010000');
    });

    it('keeps the administrative mandate to public buyers', async () => {
      const body = {
        legalName: 'Commune de Val-Fleuri',
        siren: '217100007',
        billingAddress: { line: "1 place de l'Hôtel de Ville", postalCode: '71250', city: 'Val-Fleuri' },
        paymentMethod: 'administrative-mandate',
      };
      const refused = await create(sales, body);
      expect(refused.statusCode).toBe(400);
      expect(paths(refused)).toEqual(['paymentMethod']);
      const ok = await create(sales, { ...body, publicBuyer: true });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().client).toMatchObject({ publicBuyer: true, paymentMethod: 'administrative-mandate' });
    });

    it('updates details, checking the state after the change', async () => {
      const id = (await create(sales, morel({ legalName: 'Morel Update' }))).json().client.id;
      const before = await t.as(sales, { method: 'GET', url: `/api/clients/${id}` });
      const refused = await t.as(accounting, {
        method: 'PATCH',
        url: `/api/clients/${id}`,
        payload: { paymentMethod: 'direct-debit' },
      });
      expect(refused.statusCode).toBe(400);
      expect(paths(refused)).toEqual(['iban', 'mandateReference', 'mandateSignedOn']);
      expect((await t.as(sales, { method: 'GET', url: `/api/clients/${id}` })).json()).toEqual(before.json());
      const ok = await t.as(accounting, {
        method: 'PATCH',
        url: `/api/clients/${id}`,
        payload: {
          siteAddress: { line: 'Quai 4', postalCode: '71000', city: 'Mâcon' },
          referenceOptOut: true,
          vatNumber: '',
        },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().client).toMatchObject({
        siteAddress: { line: 'Quai 4' },
        referenceOptOut: true,
        vatNumber: null,
        siren: '552081317',
      });
      const badPostal = await t.as(accounting, {
        method: 'PATCH',
        url: `/api/clients/${id}`,
        payload: { billingAddress: { line: 'x', postalCode: '7100', city: 'Mâcon' } },
      });
      expect(badPostal.statusCode).toBe(400);
      expect(paths(badPostal)).toEqual(['billingAddress.postalCode']);
      const forbidden = await t.as(technician, {
        method: 'PATCH',
        url: `/api/clients/${id}`,
        payload: { referenceOptOut: false },
      });
      expect(forbidden.statusCode).toBe(403);
    });

    it('keeps contacts and the correspondent', async () => {
      const client = (await create(sales, morel({ legalName: 'Morel Contacts' }))).json().client;
      const other = (await create(sales, morel({ legalName: 'Autre Société' }))).json().client;
      const added = await t.as(sales, {
        method: 'POST',
        url: `/api/clients/${client.id}/contacts`,
        payload: { name: 'Nadia Roux', title: 'Exploitation', email: 'n.roux@morel.example' },
      });
      expect(added.statusCode).toBe(201);
      const nadia = added.json().contact;
      expect(nadia).toMatchObject({ name: 'Nadia Roux', isCorrespondent: false });
      const set = await t.as(sales, {
        method: 'PUT',
        url: `/api/clients/${client.id}/correspondent`,
        payload: { contactId: nadia.id },
      });
      expect(set.json().client.correspondent.id).toBe(nadia.id);
      // Another client's contact is not a contact of this client.
      const foreign = await t.as(sales, {
        method: 'PUT',
        url: `/api/clients/${client.id}/correspondent`,
        payload: { contactId: other.contacts[0].id },
      });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().code).toBe('client.contact_not_found');
      const unreachable = await t.as(sales, {
        method: 'PATCH',
        url: `/api/clients/${client.id}/contacts/${nadia.id}`,
        payload: { email: null },
      });
      expect(unreachable.statusCode).toBe(400);
      expect(paths(unreachable)).toEqual(['email']);
      const changed = await t.as(sales, {
        method: 'PATCH',
        url: `/api/clients/${client.id}/contacts/${nadia.id}`,
        payload: { phone: '+33 6 00 00 00 00', email: null },
      });
      expect(changed.json().contact).toMatchObject({ email: null, phone: '+33 6 00 00 00 00', isCorrespondent: true });
      const removed = await t.as(sales, { method: 'DELETE', url: `/api/clients/${client.id}/contacts/${nadia.id}` });
      expect(removed.statusCode).toBe(204);
      const after = (await t.as(sales, { method: 'GET', url: `/api/clients/${client.id}` })).json().client;
      expect(after.correspondent).toBeNull();
      expect(after.contacts).toHaveLength(2);
      const gone = await t.as(sales, { method: 'DELETE', url: `/api/clients/${client.id}/contacts/${nadia.id}` });
      expect(gone.statusCode).toBe(404);
    });

    it('records who changed the financial status and why; accounting or admin only', async () => {
      const id = (await create(sales, morel({ legalName: 'Morel Finances' }))).json().client.id;
      const bySales = await t.as(sales, {
        method: 'POST',
        url: `/api/clients/${id}/financial-status`,
        payload: { status: 'watch', reason: 'Retards répétés' },
      });
      expect(bySales.statusCode).toBe(403);
      const res = await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${id}/financial-status`,
        payload: { status: 'prepayment-required', reason: 'Trois factures impayées' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().client.financialStatus).toBe('prepayment-required');
      expect(res.json().client.financialStatusHistory).toEqual([
        {
          from: 'normal',
          to: 'prepayment-required',
          reason: 'Trois factures impayées',
          changedBy: { id: accounting.userId, name: expect.any(String) },
          at: expect.any(String),
        },
      ]);
      const same = await t.as(admin, {
        method: 'POST',
        url: `/api/clients/${id}/financial-status`,
        payload: { status: 'prepayment-required', reason: 'Encore' },
      });
      expect(same.statusCode).toBe(409);
      expect(same.json().code).toBe('client.financial_status_unchanged');
      const evidence = await t.ctx.db
        .selectFrom('evidence_entries')
        .select(['kind', 'actor'])
        .where('object_type', '=', 'client')
        .where('object_id', '=', id)
        .execute();
      expect(evidence).toEqual([{ kind: 'client.financial-status-changed', actor: accounting.userId }]);
      const filtered = await t.as(sales, { method: 'GET', url: '/api/clients?financialStatus=prepayment-required' });
      expect(filtered.json().items.map((c: { id: string }) => c.id)).toEqual([id]);
    });

    it('shows a client user its own client only: another id is 404 and nothing leaks in lists', async () => {
      const mine = (await create(sales, morel({ legalName: 'Ma Société SAS' }))).json().client;
      const theirs = (await create(sales, morel({ legalName: 'Leur Société SAS' }))).json().client;
      await t.as(accounting, {
        method: 'POST',
        url: `/api/clients/${mine.id}/financial-status`,
        payload: { status: 'watch', reason: 'Surveillance interne' },
      });
      const me = await t.signIn('client', { clientId: mine.id });
      const own = await t.as(me, { method: 'GET', url: `/api/clients/${mine.id}` });
      expect(own.statusCode).toBe(200);
      expect(own.json().client).toMatchObject({ id: mine.id, financialStatus: null, financialStatusHistory: [] });
      const other = await t.as(me, { method: 'GET', url: `/api/clients/${theirs.id}` });
      const unknown = await t.as(me, { method: 'GET', url: '/api/clients/00000000-0000-4000-8000-000000000000' });
      expect(other.statusCode).toBe(404);
      expect(other.json().code).toBe(unknown.json().code);
      expect(other.json().title).toBe(unknown.json().title);
      const list = await t.as(me, { method: 'GET', url: '/api/clients?q=soci' });
      expect(list.json()).toMatchObject({ total: 1, items: [{ id: mine.id, financialStatus: null }] });
      const byStatus = await t.as(me, { method: 'GET', url: '/api/clients?financialStatus=normal' });
      expect(byStatus.json().items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
      expect(JSON.stringify(list.json())).not.toContain('Leur Société');
      const write = await t.as(me, {
        method: 'PATCH',
        url: `/api/clients/${mine.id}`,
        payload: { referenceOptOut: true },
      });
      expect(write.statusCode).toBe(403);
    });

    it('random near-valid bodies: never a 5xx, and a refused body writes nothing', async () => {
      const digits = (n: number) =>
        fc.string({ unit: fc.constantFrom(...'0123456789 '.split('')), minLength: n - 2, maxLength: n + 2 });
      const body = fc.record(
        {
          legalName: fc.oneof(fc.constant('Fuzz SAS'), fc.string()),
          siren: fc.oneof(fc.constant('552081317'), fc.constant('356000000'), digits(9), fc.string()),
          siret: fc.oneof(
            fc.constant(null),
            fc.constant('55208131700018'),
            fc.constant('35600000010000'),
            digits(14),
            fc.string(),
          ),
          vatNumber: fc.oneof(
            fc.constant(null),
            fc.constant('FR03552081317'),
            fc.string({ maxLength: 16 }).map((x) => `FR${x}`),
            fc.string(),
          ),
          billingAddress: fc.oneof(
            fc.constant({ line: '1 rue', postalCode: '75001', city: 'Paris' }),
            fc.record({ line: fc.string(), postalCode: fc.string(), city: fc.string(), country: fc.string() }),
          ),
          paymentMethod: fc.oneof(
            fc.constantFrom('bank-transfer', 'direct-debit', 'administrative-mandate'),
            fc.string(),
          ),
          iban: fc.oneof(
            fc.constant(null),
            fc.constant('FR7630004000031234567890143'),
            fc.string({ unit: fc.constantFrom(...'FR0123456789ABZ '.split('')), maxLength: 34 }),
          ),
          bic: fc.oneof(fc.constant(null), fc.string({ maxLength: 12 })),
          mandateReference: fc.oneof(fc.constant(null), fc.string({ maxLength: 40 })),
          mandateSignedOn: fc.oneof(fc.constant(null), fc.constant('2026-01-01'), fc.string()),
          publicBuyer: fc.oneof(fc.boolean(), fc.anything()),
          contacts: fc.oneof(
            fc.constant([]),
            fc.array(
              fc.record({
                name: fc.string(),
                email: fc.oneof(fc.emailAddress(), fc.string()),
                correspondent: fc.boolean(),
              }),
              { maxLength: 3 },
            ),
          ),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const before = await count('clients');
          const res = await t.as(sales, {
            method: 'POST',
            url: '/api/clients',
            payload: JSON.stringify(b),
            headers: { 'content-type': 'application/json' },
          });
          expect([201, 400]).toContain(res.statusCode);
          expect(await count('clients')).toBe(before + (res.statusCode === 201 ? 1 : 0));
        }),
        { numRuns: 300 },
      );
    });

    it('ends the relationship; the sweep then anonymises the contacts and the client stays read-only', async () => {
      const id = (await create(sales, morel({ legalName: 'Ancien Client SARL' }))).json().client.id;
      const ended = await t.as(admin, {
        method: 'PUT',
        url: `/api/clients/${id}/relationship-end`,
        payload: { endedOn: '2020-06-30' },
      });
      expect(ended.statusCode).toBe(200);
      expect(ended.json().client.relationshipEndedOn).toBe('2020-06-30');
      await runSweep(t.ctx, t.handle, { asOf: '2025-07-01', steps: [personalDataRetentionStep] });
      const after = (await t.as(admin, { method: 'GET', url: `/api/clients/${id}` })).json().client;
      expect(after.anonymisedAt).not.toBeNull();
      expect(
        after.contacts.every(
          (c: { name: string; email: string | null; phone: string | null }) =>
            c.name === 'Contact anonymisé' && c.email === null && c.phone === null,
        ),
      ).toBe(true);
      expect(JSON.stringify(after)).not.toContain('Marc Morel');
      const write = await t.as(admin, {
        method: 'POST',
        url: `/api/clients/${id}/contacts`,
        payload: { name: 'Retour', email: 'r@x.example' },
      });
      expect(write.statusCode).toBe(409);
      expect(write.json().code).toBe('client.anonymised');
      const reopen = await t.as(admin, {
        method: 'PUT',
        url: `/api/clients/${id}/relationship-end`,
        payload: { endedOn: null },
      });
      expect(reopen.statusCode).toBe(409);
    });
  });
}
