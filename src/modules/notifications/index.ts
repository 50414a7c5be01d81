/** Staff notifications: in-app list and e-mail opt-in (quote accepted, payment received, dunning sent, delivery failure). */
export { notificationsRoutes } from './notifications.routes.ts';
export {
  notifyStaff,
  NOTIFICATION_KINDS,
  NOTIFICATION_MAIL_TYPE,
  type NotificationKind,
  type StaffNotice,
} from './notify-staff.ts';
export { rewriteNotificationTexts } from './notifications.repo.ts';
