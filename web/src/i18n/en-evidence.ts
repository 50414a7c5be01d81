import type { frEvidence } from './fr-evidence.ts';

export const enEvidence: Record<keyof typeof frEvidence, string> = {
  'evidence.title': 'Evidence log',
  'evidence.subtitle':
    'Every document exchanged and every decision, chained by SHA-256 (art. 22: email and fax are proof)',
  'evidence.verify': 'Verify the chain',
  'evidence.verifyOk': 'Chain intact: {entries} entries verified.',
  'evidence.verifyBroken': 'Chain broken at entry {seq}: {detail}',
  'evidence.head': 'Hash of the last entry (keep it elsewhere):',
  'evidence.exportLabel': 'Contract id to export',
  'evidence.export': 'Export the evidence (archive)',
  'evidence.empty': 'No entry',
  'evidence.col.seq': 'No.',
  'evidence.col.at': 'Date',
  'evidence.col.kind': 'Kind',
  'evidence.col.object': 'Object',
  'evidence.col.decision': 'Decision',
  'evidence.col.document': 'Document',
};
