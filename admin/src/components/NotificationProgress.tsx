import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useTranslate } from './use-translate';

interface Notification {
  id: number;
  /** An announcement of a major version, or the notice that a withdrawn version will not take effect. */
  kind?: 'announcement' | 'withdrawal';
  versionNumber: string;
  status: string;
  counts: { pending: number; sending: number; sent: number; failed: number; skipped: number; total: number };
}

/**
 * One progress bar per notification (a major version's announcement, or a withdrawal notice), refreshed
 * every two seconds, and at once when `revision` changes (after a withdrawal).
 */
export const NotificationProgress = ({ policyDocumentId, revision = 0 }: { policyDocumentId: string; revision?: number }) => {
  const t = useTranslate();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [notifications, setNotifications] = useState<Notification[]>([]);

  const load = useCallback(
    () => get<any>(`/privacy-policy/notifications?policyDocumentId=${policyDocumentId}`).then(({ data }) => setNotifications(data.data)),
    [get, policyDocumentId],
  );

  useEffect(() => {
    load();
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, [load, revision]);

  const retry = async (id: number) => {
    const { data } = await post<any>(`/privacy-policy/notifications/${id}/retry-failed`);
    toggleNotification({ type: 'success', message: t('notifications.retried', { count: data.data.retried }) });
    load();
  };

  if (!notifications.length) return <Typography>{t('notifications.none')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {notifications.map((notification) => {
        const { counts } = notification;
        const done = counts.sent + counts.failed + counts.skipped;
        const percent = counts.total ? Math.round((done / counts.total) * 100) : notification.status === 'done' ? 100 : 0;
        const withdrawal = notification.kind === 'withdrawal';
        const marker = withdrawal
          ? { 'data-notification-withdrawal': notification.versionNumber }
          : { 'data-notification': notification.versionNumber };
        return (
          <Box key={notification.id} background="neutral0" padding={4} shadow="filterShadow" hasRadius {...marker}>
            <Typography variant="delta" tag="h3">
              {t(withdrawal ? 'notifications.withdrawal' : 'notifications.announcement', { number: notification.versionNumber })}
            </Typography>
            <ProgressBar value={percent} size="M" />
            <Typography tag="p" data-progress={percent}>
              {t('notifications.counts', {
                pending: counts.pending + counts.sending,
                sent: counts.sent,
                failed: counts.failed,
                skipped: counts.skipped,
                percent,
              })}
            </Typography>
            {counts.failed > 0 && (
              <Button variant="secondary" onClick={() => retry(notification.id)}>
                {t('notifications.retry')}
              </Button>
            )}
          </Box>
        );
      })}
    </Flex>
  );
};
