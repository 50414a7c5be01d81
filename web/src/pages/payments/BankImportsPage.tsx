import { useState } from 'react';
import { Anchor, Button, FileInput, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../api.ts';
import { fileInputTestId } from '../../components/fileInputTestId.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useBankImports, useImportBankFile } from '../../data/payments.ts';
import { readBase64 } from '../../data/upload.ts';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { useCan } from '../../roles.ts';
import { BANK_LINE_STATUSES } from '../../types/payments.ts';
import { BankLineStatusBadge } from './BankLineStatusBadge.tsx';

/** Bank statement imports: upload the bank's CSV or camt.053, then review the matches proposed line by line. */
export function BankImportsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const imports = useBankImports();
  const upload = useImportBankFile();
  const [file, setFile] = useState<File | null>(null);
  const recordsReturns = useCan(['admin', 'accounting']);
  const errors = upload.error instanceof ApiError ? (upload.error.problem.errors ?? []) : [];
  // The statement is stored, but its returned debits could not be recorded: said here, not lost
  // by moving on to the import's page.
  const [returnsFailure, setReturnsFailure] = useState<{
    error: unknown;
    importId: string;
    filename: string;
    xml: string;
  } | null>(null);
  const [retrying, setRetrying] = useState(false);

  /** Records the returned debits of the stored statement, then opens it; a failure stays on screen. */
  const recordReturns = async (importId: string, filename: string, xml: string) => {
    try {
      await api.post('/api/sepa/returns/statement', { filename, xml });
    } catch (error) {
      setReturnsFailure({ error, importId, filename, xml });
      return;
    }
    setReturnsFailure(null);
    void navigate(`/payments/bank-imports/${importId}`);
  };

  const submit = async () => {
    if (!file) return;
    const contentBase64 = await readBase64(file);
    setReturnsFailure(null);
    upload.mutate(
      { filename: file.name, contentBase64 },
      {
        onSuccess: async (detail) => {
          // A camt.053 also carries the returned direct debits (R-transactions, ADR 0019): each
          // reverses its payment once; the statement import itself only lists the debit entries.
          if (recordsReturns && /\.xml$/i.test(file.name))
            await recordReturns(detail.import.id, file.name, await file.text());
          else void navigate(`/payments/bank-imports/${detail.import.id}`);
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('bankImports.title')}
        subtitle={t('bankImports.subtitle')}
        actions={
          <Button variant="default" component={Link} to="/payments">
            {t('payments.title')}
          </Button>
        }
      />
      <Section title={t('bankImports.upload')} hint={t('bankImports.uploadHint')} testId="bank-import-upload">
        <Group align="flex-end">
          <FileInput
            label={t('bankImports.file')}
            placeholder={t('bankImports.filePlaceholder')}
            // Mantine's placeholder grey is too pale on white (contrast below 4.5:1).
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            accept=".csv,text/csv,text/plain,.xml,application/xml,text/xml"
            value={file}
            onChange={setFile}
            clearable
            w={360}
            fileInputProps={fileInputTestId('bank-import-file')}
          />
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() => void submit()}
            data-testid="bank-import-submit"
          >
            {t('bankImports.import')}
          </Button>
        </Group>
        {upload.isError && <ProblemAlert error={upload.error} testId="bank-import-error" />}
        {returnsFailure && (
          <Stack gap={4}>
            <ProblemAlert error={returnsFailure.error} testId="bank-import-returns-error" />
            <Text size="sm">{t('bankImports.returnsNotRecorded')}</Text>
            <Group gap="sm">
              <Button
                size="xs"
                variant="light"
                loading={retrying}
                data-testid="bank-import-returns-retry"
                onClick={() => {
                  setRetrying(true);
                  void recordReturns(returnsFailure.importId, returnsFailure.filename, returnsFailure.xml).finally(() =>
                    setRetrying(false),
                  );
                }}
              >
                {t('bankImports.retryReturns')}
              </Button>
              <Anchor
                component={Link}
                to={`/payments/bank-imports/${returnsFailure.importId}`}
                size="sm"
                data-testid="bank-import-open-anyway"
              >
                {t('bankImports.openImport')}
              </Anchor>
            </Group>
          </Stack>
        )}
        {errors.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('bankImports.nothingImported')}
          </Text>
        )}
      </Section>
      <Paper withBorder radius="md" p="md">
        {imports.isPending ? (
          <Loading />
        ) : imports.isError ? (
          <ProblemAlert error={imports.error} onRetry={() => void imports.refetch()} testId="bank-imports-error" />
        ) : imports.data.items.length === 0 ? (
          <Empty title={t('bankImports.empty')} />
        ) : (
          <Table striped verticalSpacing="xs" data-testid="bank-imports-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bankImports.col.file')}</Table.Th>
                <Table.Th>{t('bankImports.col.importedAt')}</Table.Th>
                <Table.Th ta="right">{t('bankImports.col.lines')}</Table.Th>
                <Table.Th>{t('bankImports.col.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.items.map((item) => (
                <Table.Tr key={item.id} data-testid="bank-import-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/payments/bank-imports/${item.id}`} size="sm" fw={600}>
                      {item.filename}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDateTime(item.importedAt)}</Table.Td>
                  <Table.Td ta="right">{item.lineCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {BANK_LINE_STATUSES.map((status) =>
                        item.counts[status] > 0 ? (
                          <BankLineStatusBadge key={status} status={status} count={item.counts[status]} />
                        ) : null,
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
