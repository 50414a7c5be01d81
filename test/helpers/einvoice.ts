/**
 * The official offline e-invoice validator (../shared/einvoice beside the project, see its
 * README): tests run it for real and fail when its tools are missing (`.ci/run` installs them).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const VALIDATOR_DIR = [
  process.env.EINVOICE_VALIDATOR_DIR,
  resolve(here, '../../../shared/einvoice'),
  '/work/shared/einvoice',
].find((d): d is string => Boolean(d) && existsSync(join(d!, 'validate-facturx-pdf.sh')));

export interface Validation {
  code: number;
  output: string;
}

/** Validates a Factur-X PDF (PDF/A-3 essentials, XMP, embedded factur-x.xml, CEN + Factur-X + French CTC rules). */
export async function validateFacturXPdf(bytes: Uint8Array, name = 'invoice.pdf'): Promise<Validation> {
  if (!VALIDATOR_DIR)
    throw new Error('The e-invoice validator was not found: set EINVOICE_VALIDATOR_DIR or provide ../shared/einvoice');
  const file = join(mkdtempSync(join(tmpdir(), 'clausier-fx-')), name);
  writeFileSync(file, bytes);
  const result = await new Promise<Validation>((done) => {
    execFile(
      'bash',
      [join(VALIDATOR_DIR, 'validate-facturx-pdf.sh'), '--fr-ctc', '--pdfa', file],
      { timeout: 120_000, maxBuffer: 10 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 2) : 0;
        done({ code, output: `${stdout}${stderr}` });
      },
    );
  });
  if (result.code === 2)
    throw new Error(
      `The validator could not run (install default-jre-headless libsaxonhe-java libxml2-utils poppler-utils):\n${result.output}`,
    );
  return result;
}
