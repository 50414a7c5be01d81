/**
 * The company logo through the API on both engines (ADR 0034): only an administrator uploads it;
 * a file that is not a PNG or JPEG (read from its bytes), too heavy or too large is refused on the
 * field 'logo' and changes nothing; the logo prints on the invoice's Factur-X PDF, still PDF/A-3
 * valid; a later logo change leaves an issued invoice's PDF byte-identical, even one rendered later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleJpeg, samplePng } from '../../src/documents/layout/image-fixtures.ts';
import { ROLES, type Role } from '../../src/modules/auth/index.ts';
import { type Session, startTestApi, type TestApi } from '../helpers/api.ts';
import { DIALECTS } from '../helpers/db.ts';
import { validateFacturXPdf } from '../helpers/einvoice.ts';
import { formedContract, issueInvoice } from '../helpers/invoices.ts';
import { type Catalogue, seedCatalogue } from '../helpers/quotes.ts';

const DAY = '2026-03-02T09:00:00Z';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const imagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image /g)?.length ?? 0;

for (const dialect of DIALECTS) {
  describe(`organisation logo [${dialect}]`, () => {
    let t: TestApi;
    const sessions = new Map<Role, Session>();
    let clientA: string;
    let cat: Catalogue;
    const as = (role: Role) => sessions.get(role)!;
    const moveClock = async (iso: string) => {
      t.setNow(iso);
      for (const role of ROLES)
        sessions.set(role, await t.signIn(role, role === 'client' ? { clientId: clientA } : {}));
    };
    const upload = (role: Role, bytes: Uint8Array) =>
      t.as(as(role), { method: 'PUT', url: '/api/organisation/logo', payload: { contentBase64: b64(bytes) } });
    const state = async () => ({
      organisation: await t.ctx.db.selectFrom('organisations').selectAll().execute(),
      logos: await t.ctx.db.selectFrom('organisation_logos').select('sha256').execute(),
      versions: (await t.ctx.db.selectFrom('organisation_versions').select('version').execute()).length,
    });

    beforeAll(async () => {
      t = await startTestApi(dialect);
      clientA = await t.createClient('Transports Morel SAS');
      await moveClock(DAY);
      cat = await seedCatalogue(t, as('admin'));
    });
    afterAll(() => t.cleanup());

    it('refuses a bad file on the field "logo", in French, and changes nothing; only an administrator uploads', async () => {
      const before = await state();
      const cases: Array<[Uint8Array, RegExp]> = [
        [new TextEncoder().encode('GIF89a pas une image PNG'), /PNG ou JPEG/],
        [Buffer.concat([Buffer.from(samplePng()), Buffer.alloc(1024 * 1024)]), /1 Mo au plus/],
        [samplePng(2001, 20), /2000 pixels au plus/],
        [samplePng(8, 4), /16 pixels au moins/],
        [samplePng(64, 32).subarray(0, 60), /illisible/],
      ];
      for (const [bytes, fr] of cases) {
        const res = await upload('admin', bytes);
        expect(res.statusCode, res.body).toBe(400);
        const errors = res.json().errors as Array<{ path: string; message: string }>;
        expect(errors).toHaveLength(1);
        expect(errors[0]!.path).toBe('logo');
        expect(errors[0]!.message).toMatch(fr);
      }
      for (const role of ['sales', 'accounting', 'client'] as const)
        expect((await upload(role, samplePng(64, 32))).statusCode).toBe(403);
      expect(await state()).toEqual(before);
    });

    it('prints the logo on the invoice PDF (PDF/A-3 valid); a later change leaves the issued PDF byte-identical', async () => {
      const png = samplePng(64, 32);
      const set = await upload('admin', png);
      expect(set.statusCode, set.body).toBe(200);
      const sha = set.json().organisation.logoSha256 as string;
      expect(sha).toMatch(/^[0-9a-f]{64}$/);
      // The preview reads back the very bytes.
      const preview = await t.as(as('sales'), { method: 'GET', url: '/api/organisation/logo' });
      expect(preview.statusCode).toBe(200);
      expect(preview.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(preview.rawPayload, Buffer.from(png))).toBe(0);

      const s = { sales: as('sales'), adv: as('order-admin'), clientUser: as('client') };
      const sale = await formedContract(t, s, clientA, cat);
      const issued = await issueInvoice(t, as('accounting'), sale.orderDraftId!);
      const pdfOf = async () => {
        const res = await t.as(as('accounting'), { method: 'GET', url: `/api/invoices/${issued.id}/pdf` });
        expect(res.statusCode).toBe(200);
        return res.rawPayload;
      };
      const first = await pdfOf();
      expect(imagesIn(first)).toBe(1);
      if (dialect === 'sqlite') {
        const check = await validateFacturXPdf(new Uint8Array(first), `${issued.number}.pdf`);
        expect(check.code, check.output).toBe(0);
        expect(check.output).toContain('PDF/A-3 essentials');
      }

      // The next day, a new logo (a JPEG), then none: the issued invoice keeps its PDF, even
      // rendered anew (as an invoice rendered on first use is) from the identity version of its issue.
      await moveClock('2026-03-03T09:00:00Z');
      expect((await upload('admin', sampleJpeg(40, 40))).statusCode).toBe(200);
      const removed = await t.as(as('admin'), { method: 'DELETE', url: '/api/organisation/logo' });
      expect(removed.statusCode).toBe(200);
      expect(removed.json().organisation.logoSha256).toBeNull();
      expect((await t.as(as('sales'), { method: 'GET', url: '/api/organisation/logo' })).statusCode).toBe(404);
      expect(Buffer.compare(await pdfOf(), first)).toBe(0);
      await t.ctx.db.updateTable('invoices').set({ document_sha256: null }).where('id', '=', issued.id).execute();
      expect(Buffer.compare(await pdfOf(), first)).toBe(0);
      // Every logo stays stored; the organisation points to none now.
      expect((await t.ctx.db.selectFrom('organisation_logos').select('sha256').execute()).length).toBe(2);

      // An invoice issued now has no logo.
      const later = await formedContract(
        t,
        { sales: as('sales'), adv: as('order-admin'), clientUser: as('client') },
        clientA,
        cat,
      );
      const plain = await issueInvoice(t, as('accounting'), later.orderDraftId!);
      const res = await t.as(as('accounting'), { method: 'GET', url: `/api/invoices/${plain.id}/pdf` });
      expect(imagesIn(res.rawPayload)).toBe(0);
    }, 180_000);
  });
}
