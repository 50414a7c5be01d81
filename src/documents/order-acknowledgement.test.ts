import { describe, expect, it } from 'vitest';
import { renderOrderAcknowledgementPdf } from './order-acknowledgement.ts';
import { sampleOrderAcknowledgement } from './samples.ts';
import { pdfText } from './test-support.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const render = async (model = sampleOrderAcknowledgement()) =>
  flat((await pdfText(await renderOrderAcknowledgementPdf(model))).text);

describe('renderOrderAcknowledgementPdf', () => {
  it('restates the order, the contract and its effective date', async () => {
    const text = await render();
    expect(text).toMatch(/^ACCUSÉ DE RÉCEPTION DE COMMANDE n° AR-2026-0007/);
    expect(text).toContain('Contrat n° C-2026-0003');
    expect(text).toContain("Date d'effet du contrat : 16 décembre 2026");
    expect(text).toContain('Devis n° D-2026-0042 (version 2)');
    expect(text).toContain(
      'ALLEO accuse réception de votre bon de commande n° BC-MOREL-2026-118 du 15 décembre 2026, faisant référence au devis n° D-2026-0042 (version 2)',
    );
    expect(text).toContain(
      'Le présent accusé de réception forme le contrat n° C-2026-0003 (art. 3.2 des CGV), qui prend effet le 16 décembre 2026.',
    );
    expect(text).toContain('Délai de livraison : 4 semaines à compter de la commande');
    expect(text).toContain('ne peut annuler ni modifier le contrat de son propre fait (art. 3.3 des CGV)');
  });

  it('restates products, services and prices', async () => {
    const text = await render();
    for (const s of [
      'Vente de produits',
      'Location de produits',
      'Prestations',
      'Pare-feu FortiGate 100F',
      'Diagnostic de sécurité du réseau',
      'Total HT 18 417,25 €',
      'Total TTC 22 100,70 €',
      'Loyer mensuel total HT 200,00 €',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('names the governing terms version and says when it differs from the quote', async () => {
    const text = await render();
    expect(text).toContain(
      'Le contrat est régi par les Conditions générales de vente et de location, version ALLEO-2, en vigueur au jour de la commande (art. 1.2 et 3.2 des CGV).',
    );
    expect(text).toContain('Cette version diffère de la version ALLEO-1 mentionnée sur le devis');
  });

  it('says nothing of a difference when the quote had the same version', async () => {
    const text = await render({ ...sampleOrderAcknowledgement(), termsVersion: 'ALLEO-1' });
    expect(text).toContain('version ALLEO-1, en vigueur au jour de la commande');
    expect(text).not.toContain('diffère');
  });

  it('words an order by signed quote and a financed rental', async () => {
    const { purchaseOrderReference: _, ...model } = sampleOrderAcknowledgement();
    const text = await render({ ...model, lessorName: 'Exemple Financement SA' });
    expect(text).toContain(
      'votre commande du 15 décembre 2026 par le devis n° D-2026-0042 (version 2) accepté et signé',
    );
    expect(text).not.toContain('Bon de commande n°');
    expect(text).toContain(
      "Les loyers sont perçus par l'organisme de financement Exemple Financement SA (art. 4.2.4).",
    );
  });

  it('is deterministic', async () => {
    const [a, b] = await Promise.all([
      renderOrderAcknowledgementPdf(sampleOrderAcknowledgement()),
      renderOrderAcknowledgementPdf(sampleOrderAcknowledgement()),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
