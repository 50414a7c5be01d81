/** A minimal POSIX ustar writer: enough for an archive of a JSON manifest and documents. */

export interface TarFile {
  name: string;
  content: Uint8Array;
  /** Modification time, seconds since the epoch. */
  mtime: number;
}

function field(buf: Buffer, offset: number, length: number, value: string) {
  buf.write(value, offset, Math.min(length, Buffer.byteLength(value)), 'utf8');
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

function header(file: TarFile): Buffer {
  const h = Buffer.alloc(512, 0);
  if (Buffer.byteLength(file.name) > 100) throw new Error(`tar: name too long: ${file.name}`);
  field(h, 0, 100, file.name);
  field(h, 100, 8, octal(0o644, 8));
  field(h, 108, 8, octal(0, 8));
  field(h, 116, 8, octal(0, 8));
  field(h, 124, 12, octal(file.content.byteLength, 12));
  field(h, 136, 12, octal(Math.floor(file.mtime), 12));
  h.fill(' ', 148, 156); // checksum placeholder
  field(h, 156, 1, '0');
  field(h, 257, 6, 'ustar\0');
  field(h, 263, 2, '00');
  let sum = 0;
  for (const byte of h) sum += byte;
  field(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** Builds the archive in memory (evidence of one contract is small). */
export function tarArchive(files: TarFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(header(f), Buffer.from(f.content));
    const pad = (512 - (f.content.byteLength % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad, 0));
  }
  parts.push(Buffer.alloc(1024, 0));
  return Buffer.concat(parts);
}
