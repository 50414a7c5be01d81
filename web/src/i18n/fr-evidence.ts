/** French strings of the evidence log screen (GLOSSARY: journal de preuves). */
export const frEvidence = {
  'evidence.title': 'Journal de preuves',
  'evidence.subtitle':
    'Chaque document échangé et chaque décision, chaînés par SHA-256 (art. 22 : l’e-mail et le fax font preuve)',
  'evidence.verify': 'Vérifier la chaîne',
  'evidence.verifyOk': 'Chaîne intacte : {entries} entrées vérifiées.',
  'evidence.verifyBroken': 'Chaîne rompue à l’entrée {seq} : {detail}',
  'evidence.head': 'Empreinte de la dernière entrée (à conserver ailleurs) :',
  'evidence.exportLabel': 'Identifiant du contrat à exporter',
  'evidence.export': 'Exporter les preuves (archive)',
  'evidence.empty': 'Aucune entrée',
  'evidence.col.seq': 'N°',
  'evidence.col.at': 'Date',
  'evidence.col.kind': 'Nature',
  'evidence.col.object': 'Objet',
  'evidence.col.decision': 'Décision',
  'evidence.col.document': 'Document',
};
