import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/QueryState.tsx';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { useSaveQuote } from '../../data/quotes.ts';
import { useI18n } from '../../i18n/i18n.ts';
import type { CatalogueItem } from '../../types/catalogue.ts';
import type { Lessor } from '../../types/quotes.ts';
import { emptyLine, toLiveLine, toQuoteInput } from './draft.ts';
import type { DraftLine, QuoteDraft } from './draft.ts';
import { livePricing } from './live-pricing.ts';
import { QuoteHeaderFields } from './QuoteHeaderFields.tsx';
import { QuoteLineEditor } from './QuoteLineEditor.tsx';
import { QuoteTotals } from './QuoteTotals.tsx';

interface QuoteEditorFormProps {
  quoteId?: string;
  initial: QuoteDraft;
  items: readonly CatalogueItem[];
  lessors: readonly Lessor[];
}

/** Errors of line `index`, keyed by field (`lines.2.quantity` → `quantity`). */
function lineErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `lines.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

const HEADER_FIELDS = ['clientId', 'subject', 'deliveryLeadTime', 'validityDays', 'lessorId'];

/** The quote editor: header, lines and totals computed live exactly as the server will. */
export function QuoteEditorForm({ quoteId, initial, items: loaded, lessors }: QuoteEditorFormProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const save = useSaveQuote();
  const [draft, setDraft] = useState(initial);
  // Changed and not saved yet (a successful save navigates away on purpose).
  useLeaveGuard(draft !== initial && !save.isSuccess && !save.isPending);
  // Items found by the pickers' server search, beyond those loaded with the page.
  const [picked, setPicked] = useState<CatalogueItem[]>([]);
  const items = useMemo(
    () => [...loaded, ...picked.filter((p) => !loaded.some((i) => i.id === p.id))],
    [loaded, picked],
  );
  const itemById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const live = livePricing(draft.lines.map((line) => toLiveLine(line, itemById.get(line.catalogueItemId))));
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const shown = Object.keys(errors).filter(
    (path) =>
      HEADER_FIELDS.includes(path) ||
      /^lines\.\d+\.(catalogueItemId|label|vatRatePercent|quantity|unitPriceCents|discountPercent|rentCents|maintenanceFeeCents|rentalMonths|licensedUsers)$/.test(
        path,
      ),
  );

  const change = (changes: Partial<QuoteDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const setLine = (index: number, line: DraftLine) =>
    change({ lines: draft.lines.map((current, i) => (i === index ? line : current)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: quoteId, input: toQuoteInput(draft) },
      { onSuccess: ({ quote }) => void navigate(`/quotes/${quote.id}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="quote-editor">
      <Stack gap="md">
        {save.isError && <ProblemAlert error={save.error} shownFields={shown} testId="quote-editor-error" />}
        <Paper withBorder radius="md" p="lg">
          <QuoteHeaderFields draft={draft} lessors={lessors} errors={errors} onChange={change} />
        </Paper>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('editor.lines')}
          </Title>
          <Button
            variant="light"
            onClick={() => change({ lines: [...draft.lines, emptyLine()] })}
            data-testid="quote-add-line"
          >
            {t('editor.addLine')}
          </Button>
        </Group>
        <Alert variant="light" color="gray" p="xs">
          <Text size="xs">{t('editor.pricesCopied')}</Text>
        </Alert>
        {errors.lines && (
          <Text c="red" size="sm">
            {errors.lines}
          </Text>
        )}
        {draft.lines.map((line, index) => (
          <QuoteLineEditor
            key={line.key}
            index={index}
            line={line}
            items={items}
            netCents={live.lineNets[index] ?? null}
            errors={lineErrors(errors, index)}
            onChange={(next) => setLine(index, next)}
            onItemPicked={(item) => setPicked((current) => [...current.filter((i) => i.id !== item.id), item])}
            onRemove={
              draft.lines.length > 1 ? () => change({ lines: draft.lines.filter((_, i) => i !== index) }) : undefined
            }
          />
        ))}
        <Paper withBorder radius="md" p="lg">
          <Text size="xs" c="dimmed" mb="sm">
            {t('editor.liveTotals')}
          </Text>
          <QuoteTotals totals={live.totals} testId="editor-totals" />
        </Paper>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => void navigate(quoteId ? `/quotes/${quoteId}` : '/quotes')}
            data-testid="quote-cancel"
          >
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="quote-save">
            {t('editor.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
