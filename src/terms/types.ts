/**
 * Terms versions (CGV): an effective date, the article list and the parameters of the profile.
 * Each parameter of SPEC.md's "Parameters of the ALLEO terms profile" table is a typed field;
 * PARAMETER_ARTICLES ties each one to its article and a label for screens.
 */
import { z } from 'zod';
import { civilDateSchema, ratePercentSchema } from '../kernel/schemas.ts';
import type { Bilingual } from '../kernel/decision.ts';

const days = z.int().min(0).max(3650);
/** A wall-clock time of day, 'HH:MM' (00:00–23:59). */
export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time such as "09:00"');
const bilingualSchema = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });

/** How the ECB rate of a day is chosen (art. 10.3; C. com. L441-10 II). */
export const ecbRateRuleSchema = z.enum(['semester', 'latest']);
export type EcbRateRule = z.infer<typeof ecbRateRuleSchema>;

/** Accepted ways of paying an invoice (art. 10.1). */
export const paymentMethodSchema = z.enum(['bank-transfer', 'direct-debit', 'administrative-mandate']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** Parameters of a terms version. */
export const termsParametersSchema = z.strictObject({
  quoteValidityDays: days.min(1),
  carrierReservationJoursOuvrables: days.min(1),
  incoterm: z.string().regex(/^[A-Z]{3}$/),
  interventionConfirmationDays: days,
  lateCancellationDays: days,
  alleoWorkingWeekdays: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]))
    .min(1),
  /**
   * ALLEO business hours for services (art. 6.9), Europe/Paris wall time 'HH:MM'. Added after
   * version 1 was published: a stored version without it reads the ALLEO default.
   */
  alleoWorkingHours: z
    .strictObject({ start: hhmmSchema, end: hhmmSchema })
    .refine((h) => h.start < h.end, { message: 'start must be before end', path: ['end'] })
    .default({ start: '09:00', end: '18:00' }),
  incidentReportHours: z.int().min(1).max(8760),
  paymentTermDays: days,
  paymentMethods: z.array(paymentMethodSchema).min(1),
  /**
   * SEPA direct debit (art. 10.1 "prélèvement automatique"; ADR 0019): calendar days between the
   * pre-notification and the collection (EPC rulebook: 14 unless agreed otherwise), and the TARGET
   * business days the bank needs the file before the collection date (D-1 interbank for CORE and
   * B2B). Added after version 1 was published: a stored version without them reads these defaults.
   */
  sepaPreNotificationDays: days.default(14),
  sepaCoreLeadBusinessDays: z.int().min(1).max(30).default(1),
  sepaB2bLeadBusinessDays: z.int().min(1).max(30).default(1),
  earlyPaymentDiscount: z.boolean(),
  lateInterestMarginPoints: ratePercentSchema,
  ecbRateRule: ecbRateRuleSchema,
  applyLegalFloor: z.boolean(),
  publicBuyerMarginPoints: ratePercentSchema,
  recoveryIndemnityCents: z.int().min(0),
  contestationYears: z.int().min(1).max(30),
  liabilityCap: z.enum(['paid-under-contract', 'none']),
  confidentialityYears: z.int().min(0).max(99),
  cureDays: days,
  lateReturnDaysPerMonth: z.int().min(1).max(31),
  /**
   * When a rented unit's period (and rent) starts by default (art. 4.2.1, 15.1): its delivery, or
   * the contract's stated start; each contract may say otherwise. Added after version 1 was
   * published: a stored version without it reads the ALLEO default, the delivery.
   */
  rentalPeriodStart: z.enum(['delivery', 'contract-start']).default('delivery'),
  forceMajeureTerminationDays: days,
  personalDataRetentionYears: z.int().min(0).max(99),
  nonSolicitationMonths: z.int().min(0).max(120),
  nonSolicitationIndemnityMonths: z.int().min(0).max(120),
  amicableDays: days,
  court: z.string().min(1),
});
export type TermsParameters = z.infer<typeof termsParametersSchema>;
export type TermsParameterKey = keyof TermsParameters;

/** One article (or sub-article) of the terms, summarised in both languages. */
export const articleSchema = z.strictObject({
  number: z.string().regex(/^(\d+(\.\d+)*|annex)$/, 'expected an article number such as "10.3" or "annex"'),
  title: bilingualSchema,
  summary: bilingualSchema,
});
export type Article = z.infer<typeof articleSchema>;

/** A terms version: immutable once published. */
export const termsVersionSchema = z.strictObject({
  version: z.string().min(1).max(40),
  effectiveFrom: civilDateSchema,
  parameters: termsParametersSchema,
  articles: z.array(articleSchema).min(1),
});
export type TermsVersion = z.infer<typeof termsVersionSchema>;

/** Where each parameter comes from, and how a screen names it. */
export interface ParameterSource {
  article: string;
  /** Other articles that state the same thing (early-payment discount: 9.4 and 10.1). */
  seeAlso?: string[];
  label: Bilingual;
}

const p = (article: string, fr: string, en: string, seeAlso?: string[]): ParameterSource => ({
  article,
  label: { fr, en },
  ...(seeAlso ? { seeAlso } : {}),
});

/** Article and bilingual label of every terms parameter. */
export const PARAMETER_ARTICLES: Record<TermsParameterKey, ParameterSource> = {
  quoteValidityDays: p('3.1', 'Validité du devis (jours)', 'Quote validity (days)'),
  carrierReservationJoursOuvrables: p(
    '4.1.3',
    'Confirmation des réserves au transporteur (jours ouvrables)',
    'Reservations confirmed to the carrier (jours ouvrables)',
  ),
  incoterm: p('4.1.1', 'Incoterm des ventes (ICC 2020)', 'Incoterm for sales (ICC 2020)'),
  interventionConfirmationDays: p(
    '6.9',
    "Confirmation des dates d'intervention (jours avant)",
    'Intervention dates confirmed (days before)',
  ),
  lateCancellationDays: p(
    '6.9',
    'Annulation tardive d’une intervention (jours avant)',
    'Late cancellation of an intervention (days before)',
  ),
  alleoWorkingWeekdays: p('6.9', 'Jours ouvrés ALLEO (1 = lundi)', 'ALLEO working days (1 = Monday)'),
  alleoWorkingHours: p('6.9', 'Heures ouvrables ALLEO', 'ALLEO business hours'),
  incidentReportHours: p(
    '7',
    'Déclaration d’incident sur matériel loué (heures)',
    'Incident report on rented products (hours)',
  ),
  paymentTermDays: p('10.1', 'Délai de paiement (jours à compter de l’émission)', 'Payment term (days from issue)'),
  paymentMethods: p('10.1', 'Moyens de paiement', 'Payment methods'),
  sepaPreNotificationDays: p(
    '10.1',
    'Prélèvement SEPA : pré-notification (jours calendaires avant l’échéance)',
    'SEPA direct debit: pre-notification (calendar days before the collection)',
  ),
  sepaCoreLeadBusinessDays: p(
    '10.1',
    'Prélèvement SEPA CORE : remise à la banque (jours ouvrés TARGET avant)',
    'SEPA CORE direct debit: file to the bank (TARGET business days before)',
  ),
  sepaB2bLeadBusinessDays: p(
    '10.1',
    'Prélèvement SEPA B2B : remise à la banque (jours ouvrés TARGET avant)',
    'SEPA B2B direct debit: file to the bank (TARGET business days before)',
  ),
  earlyPaymentDiscount: p('10.1', 'Escompte pour paiement anticipé', 'Early-payment discount', ['9.4']),
  lateInterestMarginPoints: p(
    '10.3',
    'Pénalités de retard : points ajoutés au taux BCE',
    'Late interest: points over the ECB rate',
  ),
  ecbRateRule: p('10.3', 'Taux BCE retenu (semestre ou plus récent)', 'ECB rate used (semester or latest)'),
  applyLegalFloor: p('10.3', 'Plancher légal (3 × taux d’intérêt légal)', 'Legal floor (3 × legal interest rate)'),
  publicBuyerMarginPoints: p(
    '10.3',
    'Acheteur public : points ajoutés au taux BCE',
    'Public buyer: points over the ECB rate',
  ),
  recoveryIndemnityCents: p('10.3', 'Indemnité forfaitaire de recouvrement (centimes)', 'Recovery indemnity (cents)'),
  contestationYears: p('11.3', 'Délai de contestation (années)', 'Contestation period (years)'),
  liabilityCap: p('11.3', 'Plafond de responsabilité', 'Liability cap'),
  confidentialityYears: p('13', 'Durée de confidentialité (années)', 'Confidentiality period (years)'),
  cureDays: p('15.2', 'Délai après mise en demeure (jours)', 'Cure period after formal notice (days)'),
  lateReturnDaysPerMonth: p(
    '15.3',
    'Indemnité de restitution tardive : jours par mois',
    'Late-return indemnity: days per month',
  ),
  rentalPeriodStart: p(
    '4.2.1',
    'Début de la location : livraison ou date prévue au contrat',
    'Rental start: delivery or the contract’s stated date',
    ['15.1'],
  ),
  forceMajeureTerminationDays: p(
    '16.1',
    'Force majeure : résiliation après (jours)',
    'Force majeure: termination after (days)',
  ),
  personalDataRetentionYears: p(
    '17.2',
    'Conservation des données personnelles (années)',
    'Personal data retention (years)',
  ),
  nonSolicitationMonths: p(
    '18',
    'Non-sollicitation après le contrat (mois)',
    'Non-solicitation after the contract (months)',
  ),
  nonSolicitationIndemnityMonths: p(
    '18',
    'Indemnité de non-sollicitation (mois de salaire)',
    'Non-solicitation indemnity (months of salary)',
  ),
  amicableDays: p('21', 'Délai de règlement amiable (jours)', 'Amicable settlement period (days)'),
  court: p('21', 'Juridiction compétente', 'Competent court'),
};
