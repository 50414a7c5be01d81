/**
 * The client's printed identity history (ADR 0013) through the API on both engines: creating a
 * client writes version 1, a change of a printed field writes the next one (and a change of
 * anything else none). An invoice issued by the billing run, whose PDF is rendered on first
 * request, keeps the buyer it was issued to (name, address, mandate), while an invoice issued
 * after the change prints the new one. The retention sweep renders a client's pending invoices
 * before erasing its email, from the history too. Migration 0011 gives existing clients version 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUpTo } from '../../src/db/migrate.ts';
import { pdfText } from '../../src/documents/test-support.ts';
import { verifyEvidence } from '../../src/evidence/index.ts';
import { ROLES, type Role } from '../../src/modules/auth/index.ts';
import { personalDataRetentionStep } from '../../src/modules/privacy/index.ts';
import { runSweep } from '../../src/sweep/run-sweep.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS, scratchDatabase } from '../helpers/db.ts';
import { validateFacturXPdf } from '../helpers/einvoice.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';

const DAY = '2026-03-02T09:00:00Z';
const OLD = {
  name: 'Transports Morel SAS',
  address: '12 rue de la Gare',
  rum: 'ALLEO-MOREL-2026-001',
  email: 'compta@transports-morel.example',
};
const NEW = {
  name: 'Morel Logistique SAS',
  address: '8 avenue de la Libération',
  city: 'Chalon-sur-Saône',
  rum: 'ALLEO-MOREL-2026-002',
};

/** Text of a PDF with every run of whitespace as one space. */
const flat = async (bytes: Uint8Array) => (await pdfText(bytes)).text.replace(/\s+/g, ' ');

for (const dialect of DIALECTS) {
  describe(`client identity history [${dialect}]`, () => {
    let t: TestApi;
    const sessions = new Map<Role, Session>();
    let morel: string;
    let lefevre: string;
    let lefevreUser: Session;
    let cat: Catalogue;
    /** The sales user who created the clients (sessions are new users after each clock move). */
    let creator: string;
    let rentMorel: { id: string; number: string };
    let rentLefevre: { id: string; number: string };
    const as = (role: Role) => sessions.get(role)!;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      for (const role of ROLES) sessions.set(role, await t.signIn(role, role === 'client' ? { clientId: morel } : {}));
      lefevreUser = await t.signIn('client', { clientId: lefevre });
    };
    const patch = (role: Role, id: string, payload: Record<string, unknown>) =>
      t.as(as(role), { method: 'PATCH', url: `/api/clients/${id}`, payload });
    const versionsOf = async (clientId: string) =>
      (
        await t.ctx.db
          .selectFrom('client_versions')
          .selectAll()
          .where('client_id', '=', clientId)
          .orderBy('version')
          .execute()
      ).map((v) => ({
        ...v,
        version: Number(v.version),
        identity: JSON.parse(v.identity_json) as Record<string, unknown>,
      }));
    const createClient = async (body: Record<string, unknown>) => {
      const res = await t.as(as('sales'), { method: 'POST', url: '/api/clients', payload: body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().client.id as string;
    };

    beforeAll(async () => {
      t = await startTestApi(dialect);
      t.setNow(DAY);
      sessions.set('sales', await t.signIn('sales'));
      creator = as('sales').userId;
      morel = await createClient({
        legalName: OLD.name,
        siren: '552081317',
        siret: '55208131700018',
        vatNumber: 'FR03552081317',
        billingAddress: { line: OLD.address, postalCode: '71000', city: 'Mâcon' },
        siteAddress: { line: 'Dépôt Nord', postalCode: '71000', city: 'Mâcon' },
        email: OLD.email,
        phone: '+33 3 85 00 00 01',
        paymentMethod: 'direct-debit',
        iban: 'FR7630004000031234567890143',
        bic: 'BNPAFRPPXXX',
        mandateReference: OLD.rum,
        mandateSignedOn: '2026-02-01',
      });
      lefevre = await createClient({
        legalName: 'Boulangeries Lefèvre SARL',
        siren: '412309783',
        siret: '41230978300014',
        vatNumber: 'FR08412309783',
        billingAddress: { line: '3 place du Marché', postalCode: '92310', city: 'Sèvres' },
        email: 'gestion@lefevre.example',
      });
      await moveClock(DAY);
      cat = await seedCatalogue(t, as('admin'));
    });
    afterAll(() => t.cleanup());

    it('creating a client writes version 1 of its printed identity, in force from its creation', async () => {
      const versions = await versionsOf(morel);
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({
        org_id: t.orgId,
        client_id: morel,
        version: 1,
        valid_from: '2026-03-02T09:00:00.000Z',
        changed_by: creator,
      });
      expect(versions[0]!.identity).toEqual({
        legal_name: OLD.name,
        address_line: OLD.address,
        postal_code: '71000',
        city: 'Mâcon',
        siren: '552081317',
        siret: '55208131700018',
        vat_number: 'FR03552081317',
        email: OLD.email,
        site_address_line: 'Dépôt Nord',
        site_postal_code: '71000',
        site_city: 'Mâcon',
        mandate_reference: OLD.rum,
        country: 'FR',
      });
      // Not printed, so not versioned: phone, IBAN, mandate date, payment method.
      expect(Object.keys(versions[0]!.identity)).not.toContain('phone');
      expect(Object.keys(versions[0]!.identity)).not.toContain('iban');
    });

    it('a billing-run invoice rendered after a client change prints the buyer it was issued to; a new invoice the new one', async () => {
      await moveClock('2026-03-02T11:00:00Z');
      const rentalLines = [{ kind: 'rental', catalogueItemId: cat.firewall, quantity: 1, rentalMonths: 12 }];
      const a = await formedContract(
        t,
        { sales: as('sales'), adv: as('order-admin'), clientUser: as('client') },
        morel,
        cat,
        { rental: true, lines: rentalLines, contract: { effectiveDate: '2026-03-02' } },
      );
      const b = await formedContract(
        t,
        { sales: as('sales'), adv: as('order-admin'), clientUser: lefevreUser },
        lefevre,
        cat,
        { rental: true, lines: rentalLines, contract: { effectiveDate: '2026-03-02' } },
      );

      // The run issues the rent invoices without a PDF (ADR 0010).
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
      const rent = (contractId: string) =>
        t.ctx.db
          .selectFrom('invoices')
          .selectAll()
          .where('contract_id', '=', contractId)
          .where('origin', '=', 'rent')
          .executeTakeFirstOrThrow();
      const rentA = await rent(a.contractId);
      expect(rentA).toMatchObject({
        status: 'issued',
        document_sha256: null,
        issued_at: '2026-03-02T12:00:00.000Z',
        payment_means: 'direct-debit',
      });
      rentMorel = { id: rentA.id, number: rentA.number! };
      const rentB = await rent(b.contractId);
      expect(rentB.document_sha256).toBeNull();
      rentLefevre = { id: rentB.id, number: rentB.number! };

      // The client is renamed, moves and signs a new mandate.
      await moveClock('2026-03-03T09:00:00Z');
      const changed = await patch('accounting', morel, {
        legalName: NEW.name,
        billingAddress: { line: NEW.address, postalCode: '71100', city: NEW.city },
        mandateReference: NEW.rum,
        mandateSignedOn: '2026-03-03',
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().client).toMatchObject({
        legalName: NEW.name,
        billingAddress: { line: NEW.address, postalCode: '71100', city: NEW.city },
      });
      const versions = await versionsOf(morel);
      expect(versions.map((v) => [v.version, v.valid_from, v.changed_by])).toEqual([
        [1, '2026-03-02T09:00:00.000Z', creator],
        [2, '2026-03-03T09:00:00.000Z', as('accounting').userId],
      ]);
      expect(versions[1]!.identity).toEqual({
        ...versions[0]!.identity,
        legal_name: NEW.name,
        address_line: NEW.address,
        postal_code: '71100',
        city: NEW.city,
        mandate_reference: NEW.rum,
      });

      // Rendered now, for the first time: the buyer of 2 March, its address and its mandate.
      await moveClock('2026-03-04T09:00:00Z');
      const oldPdf = await t.as(as('client'), { method: 'GET', url: `/api/invoices/${rentMorel.id}/pdf` });
      expect(oldPdf.statusCode, oldPdf.body.slice(0, 300)).toBe(200);
      const oldText = await flat(new Uint8Array(oldPdf.rawPayload));
      expect(oldText).toContain(OLD.name);
      expect(oldText).toContain(`${OLD.address} 71000 Mâcon`);
      expect(oldText).toContain(`mandat (RUM) n° ${OLD.rum}`);
      expect(oldText).toContain(OLD.email);
      expect(oldText).not.toContain(NEW.name);
      expect(oldText).not.toContain(NEW.address);
      expect(oldText).not.toContain(NEW.rum);
      // Stored once, identical on every later request.
      const again = await t.as(as('accounting'), { method: 'GET', url: `/api/invoices/${rentMorel.id}/pdf` });
      expect(again.statusCode).toBe(200);
      expect(Buffer.compare(again.rawPayload, oldPdf.rawPayload)).toBe(0);
      expect(
        (
          await t.ctx.db
            .selectFrom('invoices')
            .select('document_sha256')
            .where('id', '=', rentMorel.id)
            .executeTakeFirstOrThrow()
        ).document_sha256,
      ).toMatch(/^[0-9a-f]{64}$/);

      // An invoice issued after the change: the new name, address and mandate (and the delivery site of goods).
      const sale = await formedContract(
        t,
        { sales: as('sales'), adv: as('order-admin'), clientUser: as('client') },
        morel,
        cat,
      );
      const issued = await issueInvoice(t, as('accounting'), sale.orderDraftId!);
      const newPdf = await t.as(as('accounting'), { method: 'GET', url: `/api/invoices/${issued.id}/pdf` });
      expect(newPdf.statusCode).toBe(200);
      const newText = await flat(new Uint8Array(newPdf.rawPayload));
      expect(newText).toContain(NEW.name);
      expect(newText).toContain(`${NEW.address} 71100 ${NEW.city}`);
      expect(newText).toContain(`mandat (RUM) n° ${NEW.rum}`);
      expect(newText).toContain('Dépôt Nord');
      expect(newText).not.toContain(OLD.name);
      expect(newText).not.toContain(OLD.address);
      expect(newText).not.toContain(OLD.rum);
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);

      // Both are valid Factur-X under the official rules (the bytes do not depend on the engine).
      if (dialect === 'sqlite') {
        for (const [bytes, name] of [
          [oldPdf.rawPayload, `${rentMorel.number}.pdf`],
          [newPdf.rawPayload, `${issued.number}.pdf`],
        ] as const) {
          const check = await validateFacturXPdf(new Uint8Array(bytes), name);
          expect(check.code, check.output).toBe(0);
        }
      }
    }, 180_000);

    it('a change that changes no printed field writes no version', async () => {
      await moveClock('2026-03-05T09:00:00Z');
      const before = await versionsOf(morel);
      const res = await patch('sales', morel, {
        legalName: NEW.name,
        phone: '+33 3 85 99 99 99',
        referenceOptOut: true,
        iban: 'FR1420041010050500013M02606',
        bic: 'PSSTFRPPXXX',
        mandateSignedOn: '2026-03-04',
        mandateReference: NEW.rum,
      });
      expect(res.statusCode, res.body).toBe(200);
      // Sales may change the bank details but reads them back masked (they do not collect payments).
      expect(res.json().client).toMatchObject({
        phone: '+33 3 85 99 99 99',
        referenceOptOut: true,
        iban: 'FR14 ******************* 2606',
        paymentDetailsMasked: true,
      });
      expect(await versionsOf(morel)).toEqual(before);
      // The evidence log names the fields changed and who changed them, never their values (erasable personal data).
      const changes = async () =>
        t.ctx.db
          .selectFrom('evidence_entries')
          .select(['kind', 'decision_json'])
          .where('object_type', '=', 'client')
          .where('object_id', '=', morel)
          .where('kind', '=', 'client.changed')
          .orderBy('seq')
          .execute();
      const last = (await changes()).at(-1)!;
      expect(JSON.parse(last.decision_json!)).toEqual({
        changedFields: ['bic', 'iban', 'mandate_signed_on', 'phone', 'reference_opt_out'],
        identityVersion: null,
      });
      expect(last.decision_json).not.toContain('+33 3 85 99 99 99');
      const entries = (await changes()).length;
      // A refused change writes nothing either.
      const refused = await patch('sales', morel, { legalName: 'Autre nom SAS', siret: '55208131700019' });
      expect(refused.statusCode).toBe(400);
      expect(await versionsOf(morel)).toEqual(before);
      expect((await changes()).length).toBe(entries);
    });

    it('a client written without a version gets version 1, as it stood since its creation, before its first change', async () => {
      const id = await t.createClient('Sans Historique SARL');
      expect(await versionsOf(id)).toEqual([]);
      const created = (
        await t.ctx.db.selectFrom('clients').select('created_at').where('id', '=', id).executeTakeFirstOrThrow()
      ).created_at;
      const res = await patch('sales', id, { legalName: 'Avec Historique SARL' });
      expect(res.statusCode, res.body).toBe(200);
      const versions = await versionsOf(id);
      expect(versions.map((v) => [v.version, v.valid_from, v.changed_by, v.identity.legal_name])).toEqual([
        [1, created, 'system', 'Sans Historique SARL'],
        [2, '2026-03-05T09:00:00.000Z', as('sales').userId, 'Avec Historique SARL'],
      ]);
    });

    it('the retention sweep renders the pending invoices as issued, then erases the email from the history', async () => {
      expect((await versionsOf(lefevre))[0]!.identity.email).toBe('gestion@lefevre.example');
      const ended = await t.as(as('admin'), {
        method: 'PUT',
        url: `/api/clients/${lefevre}/relationship-end`,
        payload: { endedOn: '2020-06-30' },
      });
      expect(ended.statusCode, ended.body).toBe(200);
      await runSweep(t.ctx, t.handle, { asOf: '2025-07-01', steps: [personalDataRetentionStep] });

      const row = await t.ctx.db.selectFrom('clients').selectAll().where('id', '=', lefevre).executeTakeFirstOrThrow();
      expect(row.anonymised_at).not.toBeNull();
      expect(row.email).toBeNull();
      const versions = await versionsOf(lefevre);
      expect(versions.length).toBeGreaterThan(0);
      for (const v of versions) expect(v.identity.email).toBeNull();
      expect(JSON.stringify(versions)).not.toContain('gestion@lefevre.example');

      // The invoice not yet rendered was stored before the erasure, with the buyer it was issued to.
      const invoice = await t.ctx.db
        .selectFrom('invoices')
        .select('document_sha256')
        .where('id', '=', rentLefevre.id)
        .executeTakeFirstOrThrow();
      expect(invoice.document_sha256).toMatch(/^[0-9a-f]{64}$/);
      const rendered = await t.ctx.db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('kind', '=', 'document.rendered')
        .where('object_id', '=', rentLefevre.id)
        .execute();
      expect(rendered).toHaveLength(1);
      expect(rendered[0]).toMatchObject({ actor: 'system:sweep', document_sha256: invoice.document_sha256 });
      const pdf = await t.as(as('accounting'), { method: 'GET', url: `/api/invoices/${rentLefevre.id}/pdf` });
      expect(pdf.statusCode).toBe(200);
      expect(await flat(new Uint8Array(pdf.rawPayload))).toContain('gestion@lefevre.example');
      expect((await verifyEvidence(t.ctx.db, t.ctx.dialect)).ok).toBe(true);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`migration 0011_client_versions [${dialect}]`, () => {
    it('gives every existing client its first version, its printed identity of today in force since its creation', async () => {
      const handle = await scratchDatabase(dialect);
      try {
        await migrateUpTo(handle.db, '0010_organisation_versions');
        await handle.db
          .insertInto('organisations')
          .values({
            id: 'org-1',
            name: 'ALLEO',
            legal_form: 'SASU',
            share_capital_cents: null,
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
            vat_on_debits: 0,
            sepa_creditor_id: 'FR70ZZZ481422',
          })
          .execute();
        const base = {
          org_id: 'org-1',
          country: 'FR',
          phone: '+33 1 00 00 00 00',
          relationship_ended_on: null,
          anonymised_at: null,
          updated_at: '2026-01-01T00:00:00.000Z',
        };
        await handle.db
          .insertInto('clients')
          .values({
            ...base,
            id: 'c-1',
            legal_name: 'Transports Morel SAS',
            siren: '552081317',
            siret: '55208131700018',
            vat_number: 'FR03552081317',
            address_line: '12 rue de la Gare',
            postal_code: '71000',
            city: 'Mâcon',
            email: 'compta@transports-morel.example',
            site_address_line: 'Dépôt Nord',
            site_postal_code: '71000',
            site_city: 'Mâcon',
            site_country: 'FR',
            payment_method: 'direct-debit',
            iban: 'FR7630004000031234567890143',
            bic: null,
            mandate_reference: 'ALLEO-MOREL-2025-001',
            mandate_signed_on: '2025-02-01',
            created_at: '2025-02-01T10:00:00.000Z',
          })
          .execute();
        await handle.db
          .insertInto('clients')
          .values({
            ...base,
            id: 'c-2',
            legal_name: 'Commune de Val-Fleuri',
            siren: '217100007',
            siret: null,
            vat_number: null,
            address_line: "1 place de l'Hôtel de Ville",
            postal_code: '71250',
            city: 'Val-Fleuri',
            email: null,
            created_at: '2025-03-01T10:00:00.000Z',
          })
          .execute();

        expect(await migrateUpTo(handle.db, '0011_client_versions')).toEqual(['0011_client_versions']);
        const versions = await handle.db.selectFrom('client_versions').selectAll().orderBy('client_id').execute();
        expect(
          versions.map((v) => ({ ...v, version: Number(v.version), identity_json: JSON.parse(v.identity_json) })),
        ).toEqual([
          {
            org_id: 'org-1',
            client_id: 'c-1',
            version: 1,
            valid_from: '2025-02-01T10:00:00.000Z',
            changed_by: 'system',
            identity_json: {
              legal_name: 'Transports Morel SAS',
              address_line: '12 rue de la Gare',
              postal_code: '71000',
              city: 'Mâcon',
              siren: '552081317',
              siret: '55208131700018',
              vat_number: 'FR03552081317',
              email: 'compta@transports-morel.example',
              site_address_line: 'Dépôt Nord',
              site_postal_code: '71000',
              site_city: 'Mâcon',
              mandate_reference: 'ALLEO-MOREL-2025-001',
            },
          },
          {
            org_id: 'org-1',
            client_id: 'c-2',
            version: 1,
            valid_from: '2025-03-01T10:00:00.000Z',
            changed_by: 'system',
            identity_json: {
              legal_name: 'Commune de Val-Fleuri',
              address_line: "1 place de l'Hôtel de Ville",
              postal_code: '71250',
              city: 'Val-Fleuri',
              siren: '217100007',
              siret: null,
              vat_number: null,
              email: null,
              site_address_line: null,
              site_postal_code: null,
              site_city: null,
              mandate_reference: null,
            },
          },
        ]);
      } finally {
        await handle.close();
      }
    });
  });
}
