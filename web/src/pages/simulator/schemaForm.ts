/**
 * Turns a rule's facts JSON Schema (zod → JSON Schema 2020-12) into form fields, and the
 * form values back into facts. Pure functions, no React: unit-tested in schemaForm.test.ts.
 */
import type { JsonSchema } from '../../api-types.ts';
import { eurosToCents } from '../../parse-number.ts';

export type FieldKind = 'date' | 'datetime' | 'integer' | 'number' | 'boolean' | 'enum' | 'text' | 'json' | 'array';

export interface FieldSpec {
  /** Property name; '' for the value of an array of primitives. */
  name: string;
  kind: FieldKind;
  required: boolean;
  /** Choices of an enum, in schema order (original values, any JSON type). */
  options: unknown[];
  defaultValue: unknown;
  description: string | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  /** Sub-fields of each row of an array. */
  itemFields: FieldSpec[];
}

export type RowValue = Record<string, string | boolean>;
export type FormValue = string | boolean | RowValue[];
export type FormValues = Record<string, FormValue>;

const SAMPLE_DATE = '2024-02-29';
const SAMPLE_DATETIMES = ['2024-02-29T10:15:00Z', '2024-02-29T10:15:00.000Z', '2024-02-29T10:15:00+01:00'];

/** Drops the `null` branch of `anyOf`/`oneOf`/type arrays (nullable fields are simply optional here). */
function unwrap(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const nonNull = branches.filter((branch) => branch.type !== 'null');
    if (nonNull.length === 1 && nonNull[0])
      return { ...schema, ...unwrap(nonNull[0]), anyOf: undefined, oneOf: undefined };
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    if (types.length === 1) return { ...schema, type: types[0] };
  }
  return schema;
}

function patternAccepts(pattern: string | undefined, sample: string): boolean {
  if (!pattern) return false;
  try {
    return new RegExp(pattern).test(sample);
  } catch {
    return false;
  }
}

function stringKind(schema: JsonSchema): FieldKind {
  if (schema.format === 'date') return 'date';
  if (schema.format === 'date-time') return 'datetime';
  if (patternAccepts(schema.pattern, SAMPLE_DATE)) return 'date';
  if (SAMPLE_DATETIMES.some((sample) => patternAccepts(schema.pattern, sample))) return 'datetime';
  return 'text';
}

function kindOf(schema: JsonSchema): FieldKind {
  if (schema.enum || schema.const !== undefined) return 'enum';
  switch (schema.type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'array':
      return 'array';
    case 'object':
      return 'json';
    default:
      return stringKind(schema);
  }
}

function fieldSpec(name: string, raw: JsonSchema, required: boolean): FieldSpec {
  const schema = unwrap(raw);
  const kind = kindOf(schema);
  let itemFields: FieldSpec[] = [];
  if (kind === 'array' && schema.items) {
    const item = unwrap(schema.items);
    itemFields = item.type === 'object' || item.properties ? fieldSpecs(item) : [fieldSpec('', item, true)];
  }
  return {
    name,
    kind,
    required,
    options: schema.enum ?? (schema.const !== undefined ? [schema.const] : []),
    defaultValue: schema.default,
    description: schema.description,
    minimum: schema.minimum,
    maximum: schema.maximum,
    itemFields,
  };
}

/** The fields of an object schema, in property order. */
export function fieldSpecs(schema: JsonSchema): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldSpec(name, property, required.has(name)),
  );
}

/**
 * An optional boolean without a schema default has three states (yes, no, not given: the rule
 * applies its own default, e.g. `curable` defaults to true): a checkbox cannot say "not given".
 */
export function isTriState(spec: FieldSpec): boolean {
  return spec.kind === 'boolean' && !spec.required && spec.defaultValue === undefined;
}

function initialValue(spec: FieldSpec): FormValue {
  if (isTriState(spec)) return '';
  if (spec.kind === 'boolean') return spec.defaultValue === true;
  if (spec.kind === 'array') return [];
  if (spec.kind === 'enum' && spec.defaultValue !== undefined) return String(spec.defaultValue);
  if (spec.kind === 'enum' && spec.required && spec.options.length > 0) return String(spec.options[0]);
  return '';
}

/** Starting values: booleans at their default (else false, or unset when optional), the first choice of a required enum. */
export function initialValues(specs: readonly FieldSpec[]): FormValues {
  return Object.fromEntries(specs.map((spec) => [spec.name, initialValue(spec)]));
}

/** An empty row of an array field. */
export function emptyRow(spec: FieldSpec): RowValue {
  return Object.fromEntries(spec.itemFields.map((item) => [item.name, initialValue(item) as string | boolean]));
}

/** `datetime-local` value (local wall time) → ISO instant; unparsable text is sent as typed. */
function toInstant(local: string): string {
  const time = new Date(local).getTime();
  return Number.isNaN(time) ? local : new Date(time).toISOString();
}

/** An integer fact named …Cents: an amount, typed in euros in the form. */
export function isAmount(spec: Pick<FieldSpec, 'kind' | 'name'>): boolean {
  return spec.kind === 'integer' && /Cents$/.test(spec.name);
}

function scalarFact(spec: FieldSpec, raw: string | boolean): unknown {
  if (typeof raw === 'boolean') return raw;
  const text = raw.trim();
  if (text === '') return undefined;
  switch (spec.kind) {
    case 'integer':
    case 'number': {
      // An amount (a fact named …Cents) is typed in euros, like everywhere else, and sent in cents.
      if (isAmount(spec)) {
        const negative = text.startsWith('-');
        const cents = eurosToCents(negative ? text.slice(1) : text);
        return cents === null ? text : negative ? -cents : cents;
      }
      const number = Number(text.replace(',', '.'));
      return Number.isFinite(number) ? number : text;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'enum':
      return spec.options.find((option) => String(option) === text) ?? text;
    case 'datetime':
      return toInstant(text);
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

function rowIsBlank(row: RowValue): boolean {
  return Object.values(row).every((value) => typeof value === 'boolean' || value.trim() === '');
}

function arrayFact(spec: FieldSpec, rows: RowValue[]): unknown[] | undefined {
  const items = rows
    .filter((row) => !rowIsBlank(row))
    .map((row) => {
      const single = spec.itemFields.length === 1 && spec.itemFields[0]?.name === '' ? spec.itemFields[0] : undefined;
      return single ? scalarFact(single, row[''] ?? '') : buildFacts(spec.itemFields, row as FormValues);
    });
  return items.length > 0 || spec.required ? items : undefined;
}

/** Form values → facts: empty optional fields are omitted, numbers parsed, enums restored. */
export function buildFacts(specs: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const spec of specs) {
    const raw = values[spec.name];
    if (raw === undefined) continue;
    const fact = Array.isArray(raw) ? arrayFact(spec, raw) : scalarFact(spec, raw);
    if (fact !== undefined) facts[spec.name] = fact;
  }
  return facts;
}

/** A server error path (`facts.payments.0.date`, `/facts/issueDate`) → the form's key (`payments.0.date`). */
export function factErrorKey(path: string): string | undefined {
  const dotted = path.replace(/^\//, '').replace(/\//g, '.');
  if (dotted === 'facts') return '';
  return dotted.startsWith('facts.') ? dotted.slice('facts.'.length) : undefined;
}

/** "issueDate" → "Issue date" (label of a fact the dictionaries do not know). */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
