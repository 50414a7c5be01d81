import { parisDate, type AppContext } from '../../context.ts';
import { renderLetterPdf } from '../../documents/index.ts';
import type { Actor } from '../auth/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { sellerOf } from '../shared/index.ts';
import { EU_COUNTRIES } from './processor-articles.ts';
import * as repo from './processor.repo.ts';
import type { RegisterRow } from './processor.schemas.ts';

/** The annex, "Sécurité et confidentialité": the measures ALLEO commits to, for the register. */
const SECURITY_MEASURES =
  'Confidentialité des données ; moyens garantissant la confidentialité, l’intégrité, la disponibilité et la résilience des systèmes ; rétablissement de la disponibilité en cas d’incident ; tests et évaluation réguliers des mesures (annexe, Sécurité et confidentialité)';

const CATEGORIES = {
  virtualized: 'Données d’identification et de connexion des utilisateurs de la solution (comptes, journaux)',
  hardware: 'Données de connexion et de trafic traitées par l’équipement (journaux, adresses IP)',
} as const;

/**
 * The register of processing carried out as processor (GDPR art. 30(2); annex, "Registre"): one
 * row per client and solution under contract, with the sub-processors of that solution and the
 * transfers outside the EU they imply. Read from contracts and the sub-processors list.
 */
export async function processingRegister(ctx: AppContext, actor: Actor): Promise<RegisterRow[]> {
  const [lines, subs] = await Promise.all([
    repo.processingLines(ctx.db, actor.orgId),
    repo.listSubProcessors(ctx.db, actor.orgId),
  ]);
  const active = subs
    .filter((s) => s.active === 1)
    .map((s) => ({ ...s, solutions: JSON.parse(s.solution_ids_json) as string[] }));
  const rows = new Map<string, RegisterRow>();
  for (const l of lines) {
    const key = `${l.client_id}:${l.item_id}`;
    const row = rows.get(key);
    if (row) {
      if (!row.contracts.includes(l.number)) row.contracts.push(l.number);
      continue;
    }
    const mine = active.filter((s) => s.solutions.includes(l.item_id));
    rows.set(key, {
      clientId: l.client_id,
      client: l.legal_name,
      solution: l.item_name,
      contracts: [l.number],
      dataCategories: CATEGORIES[l.solution_kind === 'virtualized' ? 'virtualized' : 'hardware'],
      dataSubjects: 'Utilisateurs et salariés du client',
      subProcessors: mine.map((s) => `${s.name} (${s.country})`),
      transfersOutsideEu: mine
        .filter((s) => !EU_COUNTRIES.has(s.country))
        .map((s) => `${s.name} (${s.country}) : ${s.transfer_safeguard ?? ''}`),
      securityMeasures: SECURITY_MEASURES,
    });
  }
  return [...rows.values()];
}

/** RFC 4180: every field quoted, quotes doubled, CRLF between records; `;` as in French spreadsheets. */
export function registerCsv(rows: RegisterRow[]): string {
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const header = [
    'Client',
    'Solution',
    'Contrats',
    'Catégories de données',
    'Personnes concernées',
    'Sous-traitants',
    'Transferts hors UE',
    'Mesures de sécurité',
  ];
  const body = rows.map((r) =>
    [
      r.client,
      r.solution,
      r.contracts.join(', '),
      r.dataCategories,
      r.dataSubjects,
      r.subProcessors.join(', '),
      r.transfersOutsideEu.join(', '),
      r.securityMeasures,
    ]
      .map(q)
      .join(';'),
  );
  return `\uFEFF${[header.map(q).join(';'), ...body].join('\r\n')}\r\n`;
}

export async function registerPdf(ctx: AppContext, actor: Actor, rows: RegisterRow[]): Promise<Uint8Array> {
  const org = await getOrganisation(ctx, actor.orgId);
  const seller = await sellerOf(ctx.db, org);
  return renderLetterPdf({
    sender: seller,
    recipient: {
      name: 'Registre des activités de traitement',
      addressLines: ['RGPD art. 30(2) — en qualité de sous-traitant'],
    },
    place: org.city,
    date: parisDate(ctx.now()),
    subject: 'Registre des traitements effectués pour le compte des clients',
    reference: 'Annexe — Registre',
    paragraphs: rows.length
      ? rows.map(
          (r) =>
            `${r.client} — ${r.solution} (contrat ${r.contracts.join(', ')}). Données : ${r.dataCategories}. Personnes : ${r.dataSubjects}. Sous-traitants : ${r.subProcessors.join(', ') || 'aucun'}. Transferts hors UE : ${r.transfersOutsideEu.join(', ') || 'aucun'}. Sécurité : ${r.securityMeasures}.`,
        )
      : ['Aucun traitement en cours pour le compte de clients.'],
    signature: { name: org.name, title: 'Protection des données' },
  });
}
