/** E-invoicing: Factur-X EN 16931 CII XML and the PDF/A-3 XMP metadata (see README.md). */
export { buildCii, ciiProblems, escapeXml, NO_DISCOUNT_MENTION, VAT_ON_DEBITS_MENTION } from './cii.ts';
export { facturXXmp, FACTURX_XMP_NAMESPACE } from './xmp.ts';
export type { FacturXXmpOptions } from './xmp.ts';
