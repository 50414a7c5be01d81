import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useBankImport, useConfirmBankLine, useIgnoreBankLine } from '../../data/payments.ts';
import { formatDate, formatDateTime, formatEur } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { BankLine } from '../../types/payments.ts';
import { BankLineCorrectModal } from './BankLineCorrectModal.tsx';
import { BankLineStatusBadge } from './BankLineStatusBadge.tsx';

/** One imported bank statement: each credit line with the match proposed; confirm, correct or ignore it. */
export function BankImportPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const detail = useBankImport(id);
  const confirm = useConfirmBankLine(id);
  const ignore = useIgnoreBankLine(id);
  const [correcting, setCorrecting] = useState<BankLine | null>(null);
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} testId="bank-import-load-error" />;
  const { import: summary, lines } = detail.data;
  const busy = confirm.isPending || ignore.isPending;

  return (
    <Stack gap="md" data-testid="bank-import" data-import-id={summary.id}>
      <PageHeader
        title={t('bankImports.detailTitle', { filename: summary.filename })}
        subtitle={t('bankImports.detailSubtitle', {
          date: formatDateTime(summary.importedAt),
          lines: summary.lineCount,
        })}
        actions={
          <Button variant="default" component={Link} to="/payments/bank-imports">
            {t('bankImports.title')}
          </Button>
        }
      />
      {(confirm.isError || ignore.isError) && (
        <ProblemAlert error={confirm.error ?? ignore.error} testId="bank-line-error" />
      )}
      <Paper withBorder radius="md" p="md">
        <Table.ScrollContainer minWidth={880}>
          <Table verticalSpacing="xs" data-testid="bank-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bankLine.col.date')}</Table.Th>
                <Table.Th>{t('bankLine.col.label')}</Table.Th>
                <Table.Th ta="right">{t('payment.amount')}</Table.Th>
                <Table.Th>{t('bankLine.col.match')}</Table.Th>
                <Table.Th>{t('payment.col.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line) => {
                const open = line.status === 'proposed' || line.status === 'unmatched';
                const credit = line.amountCents > 0;
                return (
                  <Table.Tr key={line.id} data-testid={`bank-line-${line.position}`} data-status={line.status}>
                    <Table.Td>{formatDate(line.bookedOn)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{line.label}</Text>
                      {line.reference && (
                        <Text size="xs" c="dimmed">
                          {line.reference}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} c={credit ? undefined : 'dimmed'}>
                      {formatEur(line.amountCents)}
                    </Table.Td>
                    <Table.Td data-testid="bank-line-match">
                      {line.proposal?.clientName || line.clientName ? (
                        <Stack gap={2}>
                          <Text size="sm" fw={500}>
                            {line.clientName ?? line.proposal?.clientName}
                          </Text>
                          {line.proposal?.allocations.map((a) => (
                            <Text key={a.invoiceId} size="xs">
                              <Anchor component={Link} to={`/invoices/${a.invoiceId}`} size="xs">
                                {a.invoiceNumber}
                              </Anchor>{' '}
                              {formatEur(a.amountCents)}
                            </Text>
                          ))}
                          {line.proposal?.method && (
                            <Text size="xs" c="dimmed">
                              {t(`bankLine.method.${line.proposal.method}`)}
                            </Text>
                          )}
                          {line.proposal?.note && (
                            <Text size="xs" c="dimmed">
                              {line.proposal.note}
                            </Text>
                          )}
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {credit ? t('bankLine.noMatch') : t('bankLine.debit')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <BankLineStatusBadge status={line.status} />
                    </Table.Td>
                    <Table.Td>
                      {open && (
                        <Group gap={4} wrap="nowrap">
                          {line.status === 'proposed' && (
                            <Button
                              size="compact-xs"
                              disabled={busy}
                              onClick={() => confirm.mutate({ lineId: line.id })}
                              data-testid="bank-line-confirm"
                            >
                              {t('bankLine.confirm')}
                            </Button>
                          )}
                          {credit && (
                            <Button
                              size="compact-xs"
                              variant="default"
                              disabled={busy}
                              onClick={() => setCorrecting(line)}
                              data-testid="bank-line-correct"
                            >
                              {t(line.status === 'proposed' ? 'bankLine.correct' : 'bankLine.match')}
                            </Button>
                          )}
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            disabled={busy}
                            onClick={() => ignore.mutate(line.id)}
                            data-testid="bank-line-ignore"
                          >
                            {t('bankLine.ignore')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {correcting && <BankLineCorrectModal importId={id} line={correcting} onClose={() => setCorrecting(null)} />}
    </Stack>
  );
}
