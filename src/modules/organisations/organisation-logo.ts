/**
 * The company logo (ADR 0034), printed at the top of every document. An administrator uploads a
 * PNG or a JPEG; its type is read from its bytes, its size and pixels are limited, and it must
 * decode. Every uploaded logo is kept, immutable, under its SHA-256; the organisation points to
 * the current one and that pointer is part of the identity (a new version, ADR 0012), so a
 * document issued under a logo prints that logo forever. Removing the logo is a change too.
 */
import type { AppContext } from '../../context.ts';
import { checkPrintableImage } from '../../documents/index.ts';
import { sha256OfBytes } from '../../evidence/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recordIdentityChange } from './identity-history.ts';
import * as logos from './logos.repo.ts';
import { toOrganisationOut } from './organisation-mapper.ts';
import * as repo from './organisations.repo.ts';
import type { OrganisationOut } from './organisations.schemas.ts';

/** Largest logo accepted, in bytes: a logo is small, and it travels inside every PDF. */
export const MAX_LOGO_BYTES = 1024 * 1024;
/** Largest side in pixels: 2,000 px prints a 150-point box at well over 300 dpi. */
export const MAX_LOGO_SIDE_PX = 2000;
/** Smallest side in pixels: below this a logo prints as a blur. */
export const MIN_LOGO_SIDE_PX = 16;

const refuse = (message: string, fr: string): never => {
  throw new AppError('request.invalid', { errors: [{ path: 'logo', message, fr }] });
};

const REASONS: Record<'not-an-image' | 'unsupported' | 'corrupt', [string, string]> = {
  'not-an-image': ['must be a PNG or JPEG image (read from its content)', 'doit être une image PNG ou JPEG'],
  unsupported: [
    'a CMYK or 12-bit JPEG cannot be printed: save it as an RGB JPEG or a PNG',
    'un JPEG CMJN ou 12 bits ne peut pas être imprimé : enregistrez-le en JPEG RVB ou en PNG',
  ],
  corrupt: ['the image cannot be read (damaged file?)', "l'image est illisible (fichier endommagé ?)"],
};

/** Checks an uploaded logo: what is wrong, named on the field 'logo', in English and French. */
export function checkLogo(bytes: Uint8Array) {
  if (bytes.byteLength > MAX_LOGO_BYTES)
    refuse(`larger than ${MAX_LOGO_BYTES} bytes (1 MB)`, 'fichier trop volumineux : 1 Mo au plus');
  const image = checkPrintableImage(bytes);
  if (!image.ok) return refuse(...REASONS[image.reason]);
  const { width, height } = image;
  if (width > MAX_LOGO_SIDE_PX || height > MAX_LOGO_SIDE_PX)
    refuse(
      `${width} × ${height} pixels: at most ${MAX_LOGO_SIDE_PX} pixels a side`,
      `${width} × ${height} pixels : ${MAX_LOGO_SIDE_PX} pixels au plus de côté`,
    );
  if (width < MIN_LOGO_SIDE_PX || height < MIN_LOGO_SIDE_PX)
    refuse(
      `${width} × ${height} pixels: at least ${MIN_LOGO_SIDE_PX} pixels a side`,
      `${width} × ${height} pixels : ${MIN_LOGO_SIDE_PX} pixels au moins de côté`,
    );
  return image;
}

/** Sets (bytes) or removes (null) the logo: a new identity version when it changes anything. */
export async function changeLogo(ctx: AppContext, actor: Actor, bytes: Uint8Array | null): Promise<OrganisationOut> {
  const image = bytes ? checkLogo(bytes) : null;
  const sha256 = bytes ? sha256OfBytes(bytes) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockOrganisation(trx, ctx.dialect, actor.orgId);
    if (!row) throw new AppError('organisation.not_found');
    if (row.logo_sha256 === sha256) {
      const last = await repo.lastVersion(trx, actor.orgId);
      return toOrganisationOut(
        row,
        last
          ? { version: Number(last.version), validFrom: last.valid_from }
          : { version: 1, validFrom: row.created_at },
      );
    }
    // The same image uploaded again (an earlier logo restored) reuses its stored version.
    if (bytes && image && sha256 && !(await logos.findLogo(trx, actor.orgId, sha256)))
      await logos.insertLogo(trx, {
        org_id: actor.orgId,
        sha256,
        media_type: image.mediaType,
        width_px: image.width,
        height_px: image.height,
        content: bytes,
        uploaded_at: ctx.now().toISOString(),
        uploaded_by: actor.userId,
      });
    const { id: _id, created_at: _created, ...current } = row;
    const identity = { ...current, logo_sha256: sha256 };
    const version = await recordIdentityChange(trx, ctx, actor, row, identity, ['logo']);
    return toOrganisationOut({ ...row, logo_sha256: sha256 }, version);
  });
}

/** The current logo's bytes and type, for the settings screen's preview; none: 404. */
export async function currentLogo(ctx: AppContext, actor: Actor) {
  const row = await repo.findOrganisation(ctx.db, actor.orgId);
  const logo = row?.logo_sha256 ? await logos.logoContent(ctx.db, actor.orgId, row.logo_sha256) : undefined;
  if (!logo) throw new AppError('organisation.no_logo');
  return { bytes: logo.content, mediaType: logo.media_type, sha256: row!.logo_sha256! };
}
