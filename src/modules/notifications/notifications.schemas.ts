import { z } from 'zod';

export const NotificationListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const NotificationOut = z.object({
  id: z.string(),
  kind: z.string(),
  objectType: z.string(),
  objectId: z.string(),
  text: z.object({ fr: z.string(), en: z.string() }),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const NotificationListOut = z.object({ unread: z.number(), items: z.array(NotificationOut) });
export const NotificationIdParams = z.strictObject({ id: z.string().min(1).max(100) });
export const NotificationSettings = z.strictObject({ emailOptIn: z.boolean() });
