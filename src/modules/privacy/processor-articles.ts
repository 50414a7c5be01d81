/** The places of the terms' annex (data processing) that processor decisions cite. */
export const ANNEX = {
  subProcessors: 'Annexe — Sous-traitants ultérieurs',
  transfers: 'Annexe — Transfert des données',
  breaches: 'Annexe — Collaboration (violations, RGPD art. 33)',
  audits: 'Annexe — Contrôle et audit',
  register: 'Annexe — Registre (RGPD art. 30(2))',
  returnAndDestruction: 'Annexe — Suppression et réversibilité des données',
} as const;

/** Countries of the European Union (ISO 3166-1 alpha-2): a sub-processor elsewhere is a transfer. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
