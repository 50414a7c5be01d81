import type { AppContext } from '../../context.ts';
import { PDF_MEDIA_TYPE, renderTermsPdf, termsFilename } from '../../documents/index.ts';
import type { MailAttachment } from '../../mail/index.ts';
import { getOrganisation } from '../organisations/index.ts';
import { publishedTerms } from '../terms-versions/index.ts';
import { sellerOf } from '../shared/index.ts';

/**
 * The CGV of a version as the PDF attached where a document says they are attached (the quote:
 * "jointes et acceptées", art. 1.1). A terms version holds its articles, not a PDF: the PDF is
 * rendered from them, deterministically (the same version always gives the same bytes).
 */
export async function termsAttachment(ctx: AppContext, orgId: string, version: string): Promise<MailAttachment> {
  const [terms, org] = await Promise.all([publishedTerms(ctx, orgId, version), getOrganisation(ctx, orgId)]);
  const content = await renderTermsPdf({
    seller: await sellerOf(ctx.db, org),
    version: terms.version,
    effectiveFrom: terms.effectiveFrom,
    articles: terms.articles,
  });
  return { filename: termsFilename(terms.version), mediaType: PDF_MEDIA_TYPE, content };
}
