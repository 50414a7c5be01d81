/**
 * XSD validation of ISO 20022 bank messages (camt.053, pain.008) with libxml2 compiled to
 * WebAssembly (`xmllint-wasm`): the same checks as `xmllint --schema`, inside the product.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

export type Iso20022Schema = 'camt.053.001.08' | 'pain.008.001.02';

const here = dirname(fileURLToPath(import.meta.url));
const schemas = new Map<Iso20022Schema, string>();

function schemaText(name: Iso20022Schema): string {
  let text = schemas.get(name);
  if (text === undefined) {
    text = readFileSync(join(here, `${name}.xsd`), 'utf8');
    schemas.set(name, text);
  }
  return text;
}

export interface XsdProblem {
  /** Line in the file, when libxml2 gives one. */
  line: number | null;
  /** libxml2's message, naming the element: "Element '…Amt': '12.345' is not a valid value…". */
  message: string;
}

/** The schema problems of an XML file (UTF-8), at most `max`; an empty list when it is valid. */
export async function xsdProblems(xml: string, schema: Iso20022Schema, max = 20): Promise<XsdProblem[]> {
  const result = await validateXML({
    xml: { fileName: 'file.xml', contents: xml },
    schema: { fileName: `${schema}.xsd`, contents: schemaText(schema) },
    initialMemoryPages: 512,
    maxMemoryPages: 4096,
  });
  if (result.valid) return [];
  return result.errors.slice(0, max).map((e) => ({ line: e.loc?.lineNumber ?? null, message: e.message.trim() }));
}
