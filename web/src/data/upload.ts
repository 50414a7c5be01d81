import type { UploadedDocument } from '../types/quotes.ts';

const MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** True for the file types the server takes (PDF, JPEG, PNG). */
export function isAcceptedFile(file: File): boolean {
  return (MEDIA_TYPES as readonly string[]).includes(file.type);
}

/** Reads a chosen file as the base64 JSON upload the API takes (ADR 0007). */
export function toUpload(file: File): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ filename: file.name, mediaType: file.type as UploadedDocument['mediaType'], contentBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** Reads any file as base64 (no data-URL prefix). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
