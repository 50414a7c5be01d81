import type { frContracts } from './fr-contracts.ts';

export const enContracts: Record<keyof typeof frContracts, string> = {
  'contracts.title': 'Contracts',
  'contracts.subtitle':
    'Contracts formed by the order acknowledgement (art. 3.2); the client is firmly bound (art. 3.3)',
  'contracts.empty': 'No contract',

  'contract.title': 'Contract {number}',
  'contract.summary': 'Contract',
  'contract.col.number': 'Number',
  'contract.col.quote': 'Quote',
  'contract.col.status': 'Status',
  'contract.col.effectiveDate': 'Effective date',
  'contract.col.termsVersion': 'Terms version',
  'contract.status.active': 'Active',
  'contract.orderDate': 'Order date',
  'contract.quoteTermsVersion': 'Terms version of the quote',
  'contract.ackNumber': 'Acknowledgement no.',
  'contract.ackPdf': 'Order acknowledgement (PDF)',
  'contract.formedAt': 'Formed on',
  'contract.lines': 'Products, services and rentals',
  'contract.linesHint':
    'The prices of the accepted quote; a rental runs from the effective date to the end of its term.',
  'contract.send': 'Send the acknowledgement',
  'contract.firmCommitment':
    'Your order is firm and final: it can be neither cancelled nor modified (art. 3.3). Any change goes through a new quote.',

  'licences.title': 'Licences',
  'licences.hint':
    'Personal, non-transferable right to use the virtualized solutions (art. 8, 14.5); use beyond the licensed users is flagged (art. 14.4).',
  'licences.empty': 'No licence on this contract',
  'licences.col.solution': 'Solution',
  'licences.col.licensed': 'Licensed users',
  'licences.col.usage': 'Observed use',
  'licences.col.record': 'Record use',
  'licences.nonTransferable': 'non-transferable',
  'licences.latest': '{users} users on {date}',
  'licences.noUsage': 'No report',
  'licences.overLimit': 'Over-use flagged (art. 14.4)',
  'licences.users': 'Users',
  'licences.observedOn': 'Observed on',
  'licences.record': 'Record',
  'licences.flagged': 'Use beyond the licence: over-use flagged (art. 14.4).',

  'assignments.title': 'Assignments',
  'assignments.hint':
    'Assignment by the client with ALLEO’s written consent; assignment by ALLEO after prior notice to the client (art. 3.4, 19.1).',
  'assignments.empty': 'No assignment',
  'assignments.col.by': 'Assignor',
  'assignments.col.assignee': 'Assignee',
  'assignments.col.effectiveOn': 'Effective on',
  'assignments.col.recordedAt': 'Recorded on',
  'assignments.col.document': 'Document',
  'assignments.by.client': 'The client (ALLEO’s written consent)',
  'assignments.by.alleo': 'ALLEO (after notice to the client)',
  'assignments.noticeLetter': 'Notice letter',
  'assignments.consent': 'Written consent',

  'assignment.open': 'Record an assignment',
  'assignment.title': 'Record an assignment of the contract',
  'assignment.by': 'Assignor',
  'assignment.byHint.alleo':
    'ALLEO may assign the contract without formalities after informing the client: the notice letter is issued today and the assignment takes effect on the chosen date (art. 19.1).',
  'assignment.byHint.client':
    'The client may assign the contract only with ALLEO’s prior, express written consent, to be attached (art. 3.4, 19.1).',
  'assignment.assigneeName': 'Assignee (company name)',
  'assignment.assigneeSiren': 'Assignee’s SIREN',
  'assignment.sirenHint': '9 digits',
  'assignment.effectiveOn': 'Effective date',
  'assignment.effectiveOnHint.alleo': 'After today: the client must be informed before the assignment takes effect.',
  'assignment.effectiveOnHint.client': 'Default: today.',
  'assignment.consentDocument': 'ALLEO’s written consent',
  'assignment.consentHint': 'The consent signed by ALLEO (PDF, JPEG or PNG), kept in the evidence log.',
  'assignment.signatoryName': 'Signatory of the letter',
  'assignment.signatoryHint': 'For ALLEO',
  'assignment.signatoryTitle': 'Signatory’s title',
  'assignment.noticeHint':
    'The prior notice letter to the client (registered, with acknowledgement of receipt) is issued on recording and kept in the evidence log.',
  'assignment.noticeLetter': 'Prior notice letter (PDF)',
  'assignment.submit': 'Record the assignment',
};
