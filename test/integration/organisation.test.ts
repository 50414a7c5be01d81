/**
 * The selling organisation ("Société") through the API on both engines: staff read it, only an
 * administrator changes it; bad identifiers are named at their field, in French by default, and
 * change nothing; every change is a new version of the identity and an evidence entry. An invoice
 * issued by the billing run, whose PDF is rendered on first request, keeps the identity in force
 * when it was issued (ADR 0012), while an invoice issued after the change prints the new one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUpTo } from '../../src/db/migrate.ts';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { ROLES, type Role } from '../../src/modules/auth/index.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS, scratchDatabase } from '../helpers/db.ts';
import { validateFacturXPdf } from '../helpers/einvoice.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';

const DAY = '2026-03-02T09:00:00Z';
const OLD = { name: 'ALLEO', iban: 'FR76 3000 6000 0112 3456 7890 189', address: '20 rue Troyon' };
const NEW = { name: 'Troyon Réseaux SAS', iban: 'FR14 2004 1010 0505 0001 3M02 606', address: '3 place de la Mairie' };

/** Text of a PDF with every run of whitespace as one space. */
const flat = async (bytes: Uint8Array) => (await pdfText(bytes)).text.replace(/\s+/g, ' ');

for (const dialect of DIALECTS) {
  describe(`organisation [${dialect}]`, () => {
    let t: TestApi;
    const sessions = new Map<Role, Session>();
    let clientA: string;
    let clientB: string;
    let cat: Catalogue;
    const as = (role: Role) => sessions.get(role)!;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      for (const role of ROLES)
        sessions.set(role, await t.signIn(role, role === 'client' ? { clientId: clientA } : {}));
    };
    const patch = (role: Role, payload: unknown, headers: Record<string, string> = {}) =>
      t.as(as(role), {
        method: 'PATCH',
        url: '/api/organisation',
        payload: payload as Record<string, unknown>,
        headers,
      });
    /** Everything a change writes. */
    const state = async () => ({
      organisation: await t.ctx.db.selectFrom('organisations').selectAll().execute(),
      versions: await t.ctx.db.selectFrom('organisation_versions').selectAll().orderBy('version').execute(),
      evidence: Number(
        (
          await t.ctx.db
            .selectFrom('evidence_entries')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      clientB = await t.createClient('Cabinet Durand Avocats SELARL');
      await moveClock(DAY);
      cat = await seedCatalogue(t, as('admin'));
    });
    afterAll(() => t.cleanup());

    it('every staff role reads the identity and its version; a client user may not', async () => {
      for (const role of ROLES) {
        const res = await t.as(as(role), { method: 'GET', url: '/api/organisation' });
        if (role === 'client') {
          expect(res.statusCode).toBe(403);
          continue;
        }
        expect(res.statusCode, `${role}: ${res.body}`).toBe(200);
        expect(res.json().organisation).toMatchObject({
          id: t.orgId,
          name: 'ALLEO',
          legalForm: 'SASU',
          addressLine: '20 rue Troyon',
          postalCode: '92310',
          city: 'Sèvres',
          country: 'FR',
          siren: '481422475',
          siret: '48142247500014',
          vatNumber: 'FR02481422475',
          rcs: 'RCS Nanterre 481 422 475',
          iban: 'FR7630006000011234567890189',
          bic: 'AGRIFRPPXXX',
          sepaCreditorId: 'FR70ZZZ481422',
          vatOnDebits: false,
          version: 1,
        });
      }
      // The first version was written with the organisation.
      const versions = await t.ctx.db.selectFrom('organisation_versions').selectAll().execute();
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ org_id: t.orgId, version: 1, changed_by: 'system' });
      expect(JSON.parse(versions[0]!.identity_json)).toMatchObject({
        name: 'ALLEO',
        iban: 'FR7630006000011234567890189',
        vat_on_debits: 0,
      });
    });

    it('only an administrator changes it: 403 for every other role, nothing written', async () => {
      const before = await state();
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const res = await patch(role, { email: 'pirate@example.com' });
        expect(res.statusCode, role).toBe(403);
        expect(res.json().code).toBe('auth.forbidden');
      }
      expect(await state()).toEqual(before);
    });

    it('bad identifiers are named at their field, in French by default, English on request; nothing changes', async () => {
      // A client paying by direct debit: its invoices print the creditor identifier.
      const dd = await t.as(as('admin'), {
        method: 'PATCH',
        url: `/api/clients/${clientB}`,
        payload: {
          paymentMethod: 'direct-debit',
          iban: 'FR7630004000031234567890143',
          mandateReference: 'ALLEO-DURAND-2026-001',
          mandateSignedOn: '2026-02-01',
        },
      });
      expect(dd.statusCode, dd.body).toBe(200);
      const before = await state();

      const bad = await patch('admin', {
        name: 'Autre nom',
        siren: '481422476',
        iban: 'FR7630006000011234567890188',
        sepaCreditorId: 'FR71ZZZ481422',
        email: 'nouveau@alleo.example',
      });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().errors).toEqual(
        expect.arrayContaining([
          { path: 'siren', message: 'SIREN invalide : la clé de contrôle (Luhn) ne correspond pas' },
          { path: 'iban', message: 'IBAN invalide : la clé de contrôle ne correspond pas' },
          { path: 'sepaCreditorId', message: 'ICS invalide : la clé de contrôle ne correspond pas' },
        ]),
      );
      expect(bad.json().errors).toHaveLength(3);

      const english = await patch(
        'admin',
        { iban: 'FR7630006000011234567890188', sepaCreditorId: 'FR70ZZZ48142' },
        { 'accept-language': 'en' },
      );
      expect(english.statusCode).toBe(400);
      expect(english.json().errors).toEqual([
        { path: 'iban', message: 'IBAN check digits do not match' },
        { path: 'sepaCreditorId', message: 'a French creditor identifier has 13 characters, got 12' },
      ]);

      const cases: Array<[Record<string, unknown>, string, RegExp]> = [
        [{ siret: '55208131700018' }, 'siret', /doit commencer par le SIREN 481422475/],
        [{ vatNumber: 'FR03552081317' }, 'vatNumber', /formé à partir du SIREN 481422475/],
        [{ vatNumber: null }, 'vatNumber', /obligatoire/],
        [{ iban: null }, 'iban', /obligatoire/],
        [{ iban: '' }, 'iban', /obligatoire/],
        [{ bic: 'AGRI' }, 'bic', /8 ou 11 caractères/],
        [{ sepaCreditorId: null }, 'sepaCreditorId', /obligatoire tant que 1 client\(s\) règlent par prélèvement SEPA/],
        [{ rcs: 'RCS Nanterre 552 081 317' }, 'rcs', /doit comporter le SIREN/],
        [{ postalCode: '9231' }, 'postalCode', /5 chiffres/],
        [{ email: 'pas-une-adresse' }, 'email', /.+/],
        [{ shareCapitalCents: -1 }, 'shareCapitalCents', /.+/],
        [{ vatOnDebits: 'oui' }, 'vatOnDebits', /.+/],
        [{ siege: 'Paris', city: 'Paris' }, 'siege', /champ inconnu/i],
        [{}, '(root)', /Aucune modification demandée/],
      ];
      for (const [payload, path, message] of cases) {
        const res = await patch('admin', payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        const errors = res.json().errors as Array<{ path: string; message: string }>;
        expect(
          errors.map((e) => e.path),
          JSON.stringify(payload),
        ).toEqual([path]);
        expect(errors[0]!.message).toMatch(message);
      }
      expect(await state()).toEqual(before);
    });

    it('an administrator changes it: a new version in force from now, the changed fields in the evidence log', async () => {
      await moveClock('2026-03-02T10:00:00Z');
      const admin = as('admin');
      const res = await patch('admin', {
        email: 'Facturation@Alleo.example',
        phone: '+33 1 46 00 00 00',
        vatOnDebits: true,
        bic: 'agri fr pp xxx',
        iban: OLD.iban,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().organisation).toMatchObject({
        email: 'facturation@alleo.example',
        phone: '+33 1 46 00 00 00',
        vatOnDebits: true,
        bic: 'AGRIFRPPXXX',
        iban: 'FR7630006000011234567890189',
        name: 'ALLEO',
        version: 2,
        validFrom: '2026-03-02T10:00:00.000Z',
      });
      expect((await t.as(as('accounting'), { method: 'GET', url: '/api/organisation' })).json().organisation).toEqual(
        res.json().organisation,
      );

      const row = await t.ctx.db.selectFrom('organisations').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        email: 'facturation@alleo.example',
        phone: '+33 1 46 00 00 00',
        vat_on_debits: 1,
        bic: 'AGRIFRPPXXX',
        iban: 'FR7630006000011234567890189',
      });
      const versions = await t.ctx.db.selectFrom('organisation_versions').selectAll().orderBy('version').execute();
      expect(versions.map((v) => [v.version, v.valid_from, v.changed_by])).toEqual([
        [1, versions[0]!.valid_from, 'system'],
        [2, '2026-03-02T10:00:00.000Z', admin.userId],
      ]);
      expect(JSON.parse(versions[1]!.identity_json)).toMatchObject({
        email: 'facturation@alleo.example',
        vat_on_debits: 1,
        name: 'ALLEO',
      });

      // Which fields changed, the version and who (the entry's actor): never the values, which
      // the versions hold (an email or a phone can be a person's, and the chain is immutable).
      const entries = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'organisation.changed')
        .execute();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        object_type: 'organisation',
        object_id: t.orgId,
        actor: admin.userId,
        at: '2026-03-02T10:00:00.000Z',
      });
      expect(JSON.parse(entries[0]!.decision_json!)).toEqual({
        version: 2,
        validFrom: '2026-03-02T10:00:00.000Z',
        changedFields: ['email', 'phone', 'vatOnDebits'],
      });
      expect(entries[0]!.decision_json).not.toContain('facturation@alleo.example');
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);

      // Saying again what is already stored writes nothing.
      const before = await state();
      const same = await patch('admin', { email: 'facturation@alleo.example', vatOnDebits: true });
      expect(same.statusCode).toBe(200);
      expect(same.json().organisation.version).toBe(2);
      expect(await state()).toEqual(before);
    });

    it('a billing-run invoice rendered after a change keeps the identity it was issued under; a new invoice has the new one', async () => {
      await moveClock('2026-03-02T11:00:00Z');
      const s = { sales: as('sales'), adv: as('order-admin'), clientUser: as('client') };
      const rental = await formedContract(t, s, clientA, cat, {
        rental: true,
        lines: [{ kind: 'rental', catalogueItemId: cat.firewall, quantity: 1, rentalMonths: 12 }],
        contract: { effectiveDate: '2026-03-02' },
      });

      // The run issues the rent invoice without a PDF (ADR 0010), with VAT on debits as it stands.
      await moveClock('2026-03-02T12:00:00Z');
      const started = await t.as(as('accounting'), {
        method: 'POST',
        url: '/api/billing-runs',
        payload: { period: '2026-03' },
      });
      expect(started.statusCode, started.body).toBe(202);
      const runId = started.json().run.id as string;
      await expect
        .poll(
          async () =>
            (await t.as(as('accounting'), { method: 'GET', url: `/api/billing-runs/${runId}` })).json().run.status,
        )
        .toBe('done');
      const rent = await t.ctx.db
        .selectFrom('invoices')
        .selectAll()
        .where('contract_id', '=', rental.contractId)
        .where('origin', '=', 'rent')
        .executeTakeFirstOrThrow();
      expect(rent).toMatchObject({
        status: 'issued',
        document_sha256: null,
        issued_at: '2026-03-02T12:00:00.000Z',
        vat_on_debits: 1,
      });

      // The company changes its name, address and bank account, and drops the option.
      await moveClock('2026-03-03T09:00:00Z');
      const nameInHeader = async () =>
        (await t.as(as('sales'), { method: 'GET', url: '/api/me' })).json().organisation.name;
      expect(await nameInHeader()).toBe(OLD.name); // the session is resolved, and cached (ADR 0008)
      const changed = await patch('admin', {
        name: NEW.name,
        legalForm: 'SAS',
        addressLine: NEW.address,
        iban: NEW.iban,
        bic: 'CEPAFRPP',
        vatOnDebits: false,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().organisation).toMatchObject({
        name: NEW.name,
        iban: NEW.iban.replace(/ /g, ''),
        version: 3,
      });
      // The signed-in header shows the new name at once.
      expect(await nameInHeader()).toBe(NEW.name);

      // Rendered now, for the first time: the seller of 2 March, its account and its option.
      await moveClock('2026-03-04T09:00:00Z');
      const oldPdf = await t.as(as('client'), { method: 'GET', url: `/api/invoices/${rent.id}/pdf` });
      expect(oldPdf.statusCode, oldPdf.body.slice(0, 300)).toBe(200);
      const oldText = await flat(new Uint8Array(oldPdf.rawPayload));
      expect(oldText).toContain(`IBAN ${OLD.iban}`);
      expect(oldText).toContain(OLD.address);
      expect(oldText).toContain("Option pour le paiement de la taxe d'après les débits");
      expect(oldText).not.toContain(NEW.name);
      expect(oldText).not.toContain(NEW.iban);
      expect(oldText).not.toContain(NEW.address);
      // Stored once, identical on every later request.
      const again = await t.as(as('accounting'), { method: 'GET', url: `/api/invoices/${rent.id}/pdf` });
      expect(Buffer.compare(again.rawPayload, oldPdf.rawPayload)).toBe(0);
      expect(
        (
          await t.ctx.db
            .selectFrom('invoices')
            .select('document_sha256')
            .where('id', '=', rent.id)
            .executeTakeFirstOrThrow()
        ).document_sha256,
      ).toMatch(/^[0-9a-f]{64}$/);

      // An invoice issued after the change: the new seller, the new account, no option.
      const sale = await formedContract(
        t,
        { sales: as('sales'), adv: as('order-admin'), clientUser: as('client') },
        clientA,
        cat,
      );
      const issued = await issueInvoice(t, as('accounting'), sale.orderDraftId!);
      const newPdf = await t.as(as('accounting'), { method: 'GET', url: `/api/invoices/${issued.id}/pdf` });
      expect(newPdf.statusCode).toBe(200);
      const newText = await flat(new Uint8Array(newPdf.rawPayload));
      expect(newText).toContain(NEW.name);
      expect(newText).toContain(`IBAN ${NEW.iban}`);
      expect(newText).toContain(NEW.address);
      expect(newText).not.toContain(OLD.iban);
      expect(newText).not.toContain("Option pour le paiement de la taxe d'après les débits");
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);

      // Both are valid Factur-X under the official rules (the bytes do not depend on the engine).
      if (dialect === 'sqlite') {
        for (const [bytes, name] of [
          [oldPdf.rawPayload, `${rent.number}.pdf`],
          [newPdf.rawPayload, `${issued.number}.pdf`],
        ] as const) {
          const check = await validateFacturXPdf(new Uint8Array(bytes), name);
          expect(check.code, check.output).toBe(0);
        }
      }
    }, 180_000);
  });
}

for (const dialect of DIALECTS) {
  describe(`migration 0010_organisation_versions [${dialect}]`, () => {
    it('gives an existing organisation its first version, its identity of today in force since its creation', async () => {
      const handle = await scratchDatabase(dialect);
      try {
        await migrateUpTo(handle.db, '0009_evidence_object_order');
        await handle.db
          .insertInto('organisations')
          .values({
            id: 'org-1',
            name: 'ALLEO',
            legal_form: 'SASU',
            share_capital_cents: 1_000_000,
            address_line: '20 rue Troyon',
            postal_code: '92310',
            city: 'Sèvres',
            country: 'FR',
            siren: '481422475',
            siret: null,
            vat_number: 'FR02481422475',
            rcs: null,
            iban: 'FR7630006000011234567890189',
            bic: null,
            email: null,
            phone: null,
            created_at: '2025-01-01T08:00:00.000Z',
            vat_on_debits: 1,
            sepa_creditor_id: 'FR70ZZZ481422',
          })
          .execute();

        expect(await migrateUpTo(handle.db, '0010_organisation_versions')).toEqual(['0010_organisation_versions']);
        const versions = await handle.db.selectFrom('organisation_versions').selectAll().execute();
        expect(versions.map((v) => ({ ...v, identity_json: JSON.parse(v.identity_json) }))).toEqual([
          {
            org_id: 'org-1',
            version: 1,
            valid_from: '2025-01-01T08:00:00.000Z',
            changed_by: 'system',
            identity_json: {
              name: 'ALLEO',
              legal_form: 'SASU',
              share_capital_cents: 1_000_000,
              address_line: '20 rue Troyon',
              postal_code: '92310',
              city: 'Sèvres',
              country: 'FR',
              siren: '481422475',
              siret: null,
              vat_number: 'FR02481422475',
              rcs: null,
              iban: 'FR7630006000011234567890189',
              bic: null,
              sepa_creditor_id: 'FR70ZZZ481422',
              email: null,
              phone: null,
              vat_on_debits: 1,
            },
          },
        ]);
      } finally {
        await handle.close();
      }
    });
  });
}
