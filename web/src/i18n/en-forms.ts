import type { frForms } from './fr-forms.ts';

export const enForms: Record<keyof typeof frForms, string> = {
  'quote.delete': 'Delete the draft',
  'quote.deleteConfirm': 'Delete for good',
  'quote.deleteWarning':
    'The draft and its lines will be deleted for good. A draft was never sent: nothing is erased from the evidence log.',
  'quote.issueConfirm': 'Issue',
  'quote.issueWarning':
    'Once issued, the quote gets its final number, its terms of sale and its validity period (art. 3.1), and its PDF is sealed in the evidence log: it can no longer be changed, only replaced by a new version.',
  'portalRefuse.open': 'Decline this quote',
  'portalRefuse.title': 'Decline the quote',
  'portalRefuse.warning':
    'Declining is final for this version: the quote can no longer be accepted and no contract is formed (art. 3.1). ALLEO may offer you a new version.',
  'portalRefuse.reason': 'Reason (optional)',
  'portalRefuse.confirm': 'Confirm',
  'portalRefuse.done': 'You declined this quote.',
  'password.open': 'Change my password',
  'password.title': 'Change my password',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.newHint': 'At least 10 characters.',
  'password.repeat': 'New password (again)',
  'password.mismatch': 'The two new passwords differ',
  'password.submit': 'Change the password',
  'password.done': 'Password changed. Your other sessions were closed.',
  'value.declined': 'Declined by the client in the portal',
  'field.clientReason': 'Reason given by the client',
  'client.sirenTwins.title': 'A client already has this SIREN',
  'client.sirenTwins.hint':
    'Check it is not the same client. Another establishment of the same company is allowed: give its own SIRET.',
  'client.sirenTwins.siret': 'SIRET {siret}',
  'client.sirenTwins.noSiret': 'no SIRET',
  'form.unsavedChanges': 'Some changes are not saved. Leave the page without saving them?',
};
