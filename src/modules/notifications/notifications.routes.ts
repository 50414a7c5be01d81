import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, type App } from '../../http/route-kit.ts';
import { STAFF_ROLES } from '../auth/index.ts';
import { getNotificationSettings, setNotificationSettings } from './notification-settings.ts';
import {
  NotificationIdParams,
  NotificationListOut,
  NotificationListQuery,
  NotificationSettings,
} from './notifications.schemas.ts';
import { listNotifications, markNotificationsRead } from './read-notifications.ts';

/** Staff notifications: the in-app list and the e-mail opt-in of the signed-in user. */
export function notificationsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/notifications',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['notifications'],
        summary:
          'My notifications (quote accepted, payment received, reminder or formal notice sent, e-mail delivery failure), newest first',
        querystring: NotificationListQuery,
        response: { 200: NotificationListOut },
      },
    },
    async (req) => listNotifications(ctx, actorOf(req), req.query),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of my notifications read',
        params: NotificationIdParams,
        response: { 200: z.object({ marked: z.number() }) },
      },
    },
    async (req) => markNotificationsRead(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['notifications'],
        summary: 'Mark all my notifications read',
        response: { 200: z.object({ marked: z.number() }) },
      },
    },
    async (req) => markNotificationsRead(ctx, actorOf(req)),
  );

  app.get(
    '/api/notifications/settings',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['notifications'],
        summary: 'Whether I also receive my notifications by e-mail',
        response: { 200: NotificationSettings },
      },
    },
    async (req) => getNotificationSettings(ctx, actorOf(req)),
  );

  app.put(
    '/api/notifications/settings',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['notifications'],
        summary: 'Opt in or out of receiving my notifications by e-mail',
        body: NotificationSettings,
        response: { 200: NotificationSettings },
      },
    },
    async (req) => setNotificationSettings(ctx, actorOf(req), req.body),
  );
}
