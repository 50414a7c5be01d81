/** Terms versions (CGV): types, the ALLEO profile, ECB and legal rate tables, the ECB CSV parser. */
export * from './types.ts';
export { ALLEO_V1, ALLEO_V1_PARAMETERS, articleByNumber } from './alleo-v1.ts';
export { ALLEO_V1_ARTICLES } from './alleo-v1-articles.ts';
export * from './ecb-rates.ts';
export * from './legal-rates.ts';
export * from './ecb-csv.ts';
export * from './versions.ts';
