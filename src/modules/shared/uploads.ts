/**
 * Documents received from the client (signed quote, purchase order, lessor approval…) travel as
 * base64 inside the JSON body (ADR 0007): one content type for every command, the same
 * validation, idempotency and error reporting as any other field, and no multipart parser.
 */
import { z } from 'zod';
import type { EvidenceDocument } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { base64Length, fileNameSchema } from '../../kernel/text-schemas.ts';

/** Largest accepted document, before base64 (a scanned signed quote fits easily). */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
/** Body limit of the routes that take an upload: base64 grows 4/3, plus the other fields. */
export const UPLOAD_BODY_LIMIT = base64Length(MAX_UPLOAD_BYTES) + 64 * 1024;

export const UploadedDocument = z.strictObject({
  filename: fileNameSchema,
  mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  contentBase64: z.base64('expected base64').min(4).max(base64Length(MAX_UPLOAD_BYTES)),
});
export type UploadedDocument = z.infer<typeof UploadedDocument>;

const SIGNATURES: Record<UploadedDocument['mediaType'], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

/** Decodes an upload and checks that its bytes are what its media type says. */
export function decodeUpload(doc: UploadedDocument, path: string): EvidenceDocument {
  const bytes = new Uint8Array(Buffer.from(doc.contentBase64, 'base64'));
  const signature = SIGNATURES[doc.mediaType];
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new AppError('request.invalid', {
      errors: [
        {
          path: `${path}.contentBase64`,
          message: `larger than ${MAX_UPLOAD_BYTES} bytes`,
          fr: `fichier trop volumineux (au plus ${MAX_UPLOAD_BYTES / (1024 * 1024)} Mo)`,
        },
      ],
    });
  if (!signature.every((b, i) => bytes[i] === b)) {
    throw new AppError('request.invalid', {
      errors: [
        {
          path: `${path}.contentBase64`,
          message: `the content is not a ${doc.mediaType} file`,
          fr: `le contenu n'est pas un fichier ${doc.mediaType}`,
        },
      ],
    });
  }
  return { bytes, mediaType: doc.mediaType, filename: doc.filename };
}
