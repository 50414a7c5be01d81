import { describe, expect, it } from 'vitest';
import { ALLEO_V1 } from '../terms/index.ts';
import { sampleQuote } from './samples.ts';
import { renderTermsPdf, termsFilename } from './terms.ts';
import { pdfText } from './test-support.ts';

describe('the CGV PDF of a terms version', () => {
  it('prints every article with its number and title, the same bytes each time', async () => {
    const model = {
      seller: sampleQuote(1).seller,
      version: ALLEO_V1.version,
      effectiveFrom: ALLEO_V1.effectiveFrom,
      articles: ALLEO_V1.articles,
    };
    const [a, b] = await Promise.all([renderTermsPdf(model), renderTermsPdf(model)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = (await pdfText(a)).text.replace(/\s+/g, ' ');
    expect(text).toContain(`Conditions générales de vente et de location — version ${ALLEO_V1.version}`);
    expect(text).toContain('Article 10.3');
    expect(termsFilename('ALLEO-1')).toBe('CGV-ALLEO-1.pdf');
  });
});
