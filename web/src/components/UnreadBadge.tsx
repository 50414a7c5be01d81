import { Badge } from '@mantine/core';
import { useNotifications } from '../data/mail.ts';

/** The number of the signed-in user's unread notifications, beside the menu entry (nothing when none). */
export function UnreadBadge() {
  const list = useNotifications(true);
  const unread = list.data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <Badge size="sm" color="red" variant="filled" data-testid="nav-notifications-unread">
      {unread}
    </Badge>
  );
}
