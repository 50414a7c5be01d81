/**
 * Letters: notices (assignment of the contract, art. 19), formal notices (art. 15.2), answers.
 * French business letter layout: sender top left, recipient on the right where a window envelope
 * shows it (the LRAR mention above it), place and date, subject, body, signature.
 */
import type { Content } from './layout/types.ts';
import { dateFr, identityLines, partyName } from './format.ts';
import type { LetterDocument } from './model.ts';
import { renderPdf, logoOf } from './pdf.ts';

/** The footer of a letter: the sender's one-line identity. */
function senderFooter(model: LetterDocument): string {
  const s = model.sender;
  return [partyName(s), s.addressLines.join(', '), ...(s.rcs ? [s.rcs] : s.siren ? [`SIREN ${s.siren}`] : [])].join(
    ' — ',
  );
}

/** Renders a letter; `registered` adds "Lettre recommandée avec accusé de réception". */
export async function renderLetterPdf(model: LetterDocument): Promise<Uint8Array> {
  const recipient: Content[] = [];
  if (model.registered)
    recipient.push({ text: 'Lettre recommandée avec accusé de réception', bold: true, margin: [0, 0, 0, 6] });
  recipient.push(
    { text: partyName(model.recipient), bold: true },
    ...model.recipient.addressLines.map((text) => ({ text })),
  );

  const content: Content[] = [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: partyName(model.sender), bold: true, fontSize: 11 },
            ...identityLines(model.sender).map((text) => ({ text, style: 'small' })),
          ],
        },
        { width: 230, stack: recipient, margin: [0, 70, 0, 0] },
      ],
      columnGap: 20,
    },
    { text: `${model.place}, le ${dateFr(model.date)}`, alignment: 'right', margin: [0, 28, 0, 18] },
    { text: [{ text: 'Objet : ', bold: true }, model.subject] },
    ...(model.reference ? [{ text: [{ text: 'Réf. : ', bold: true }, model.reference] }] : []),
    { text: '', margin: [0, 0, 0, 12] },
    ...model.paragraphs.map((text): Content => ({ text, alignment: 'justify', margin: [0, 0, 0, 8], fontSize: 10 })),
    {
      unbreakable: true,
      margin: [260, 18, 0, 0],
      stack: [
        { text: model.signature.name, bold: true },
        ...(model.signature.title ? [{ text: model.signature.title }] : []),
      ],
    },
  ];
  return renderPdf(
    {
      title: `Lettre — ${model.subject}`,
      subject: model.subject,
      author: partyName(model.sender),
      ...logoOf(model.sender),
      date: model.date,
      footerLine: senderFooter(model),
    },
    content,
  );
}
