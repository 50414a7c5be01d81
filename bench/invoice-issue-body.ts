/** The invoice both the benchmark's client and its target create: two lines, like the comparison. */
export function invoiceBody(clientId: string) {
  return {
    clientId,
    lines: [
      {
        label: 'Réparation FortiGate 40F',
        nature: 'services',
        quantity: 1,
        unitPriceCents: 18_000,
        vatRatePercent: '20',
      },
      { label: 'Transport retour', nature: 'services', quantity: 2, unitPriceCents: 3_500, vatRatePercent: '20' },
    ],
  };
}
