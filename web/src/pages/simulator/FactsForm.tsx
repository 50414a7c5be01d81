import { Button, Group, Input, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { OptionalLabel } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { FactField, useFactLabel } from './FactField.tsx';
import { emptyRow } from './schemaForm.ts';
import type { FieldSpec, FormValue, FormValues, RowValue } from './schemaForm.ts';

interface ArrayFieldProps {
  spec: FieldSpec;
  rows: RowValue[];
  errors: Record<string, string>;
  onChange: (rows: RowValue[]) => void;
}

/** Repeatable rows for an array of objects (e.g. payments: date + amount). */
function ArrayField({ spec, rows, errors, onChange }: ArrayFieldProps) {
  const { t } = useI18n();
  const label = useFactLabel();
  const setCell = (index: number, name: string, value: string | boolean) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [name]: value } : row)));
  const arrayError = errors[spec.name];

  return (
    <Input.Wrapper
      label={spec.required ? label(spec) : <OptionalLabel>{label(spec)}</OptionalLabel>}
      error={arrayError}
      errorProps={{ 'data-testid': `fact-${spec.name}-error` }}
      data-testid={`fact-${spec.name}`}
    >
      <Stack gap="xs" mt={4}>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('simulator.noRows')}
          </Text>
        ) : (
          <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                {spec.itemFields.map((item) => (
                  <Table.Th key={item.name}>{item.name ? label(item) : label(spec)}</Table.Th>
                ))}
                <Table.Th w={1} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <Table.Tr key={index} data-testid={`fact-${spec.name}-row-${index}`}>
                  {spec.itemFields.map((item) => {
                    const path = item.name ? `${spec.name}.${index}.${item.name}` : `${spec.name}.${index}`;
                    return (
                      <Table.Td key={item.name} style={{ verticalAlign: 'top' }}>
                        <FactField
                          spec={item}
                          path={path}
                          value={row[item.name] ?? ''}
                          error={errors[path]}
                          onChange={(value) => setCell(index, item.name, value)}
                          compact
                        />
                      </Table.Td>
                    );
                  })}
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => onChange(rows.filter((_, i) => i !== index))}
                      aria-label={`${t('simulator.removeRow')} ${index + 1}`}
                      data-testid={`fact-${spec.name}-${index}-remove`}
                    >
                      ✕
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {rows
          .map((_, index) => errors[`${spec.name}.${index}`])
          .filter(Boolean)
          .map((message) => (
            <Text key={message} size="xs" c="red">
              {message}
            </Text>
          ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange([...rows, emptyRow(spec)])}
            data-testid={`fact-${spec.name}-add`}
          >
            + {t('simulator.addRow')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

interface FactsFormProps {
  specs: readonly FieldSpec[];
  values: FormValues;
  /** Errors keyed like the form (`issueDate`, `payments.0.amountCents`). */
  errors: Record<string, string>;
  onChange: (name: string, value: FormValue) => void;
}

/** The facts form generated from a rule's JSON Schema. */
export function FactsForm({ specs, values, errors, onChange }: FactsFormProps) {
  const { t } = useI18n();
  if (specs.length === 0) return <Text c="dimmed">{t('simulator.noFacts')}</Text>;
  const scalars = specs.filter((spec) => spec.kind !== 'array');
  const arrays = specs.filter((spec) => spec.kind === 'array');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {scalars.map((spec) => {
          const value = values[spec.name];
          return (
            <FactField
              key={spec.name}
              spec={spec}
              path={spec.name}
              value={Array.isArray(value) ? '' : (value ?? '')}
              error={errors[spec.name]}
              onChange={(next) => onChange(spec.name, next)}
            />
          );
        })}
      </SimpleGrid>
      {arrays.map((spec) => {
        const value = values[spec.name];
        return (
          <ArrayField
            key={spec.name}
            spec={spec}
            rows={Array.isArray(value) ? value : []}
            errors={errors}
            onChange={(rows) => onChange(spec.name, rows)}
          />
        );
      })}
    </Stack>
  );
}
