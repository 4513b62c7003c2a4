import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useTranslate } from './use-translate';
import { useErrorNotification, useQueryErrorNotification } from './api-errors';
import { useGetPolicyNotificationsQuery, useRetryFailedDeliveriesMutation } from '../services/api';

/**
 * How far the delivery has got. The design system's ProgressBar draws a white bar for dark surfaces,
 * which on this white card shows nothing at all once it is full.
 */
const DeliveryBar = ({ percent, label }: { percent: number; label: string }) => (
  <Box
    role="progressbar"
    aria-label={label}
    aria-valuemin={0}
    aria-valuemax={100}
    aria-valuenow={percent}
    data-progress-bar
    background="neutral150"
    hasRadius
    overflow="hidden"
    width="100%"
    maxWidth="32rem"
    height="0.8rem"
  >
    <Box data-progress-fill background={percent === 100 ? 'success500' : 'primary600'} hasRadius height="100%" width={`${percent}%`} />
  </Box>
);

/**
 * One progress bar per notification (a major version's announcement, or a withdrawal notice), read
 * again every two seconds, and at once after a publish or a withdrawal (they invalidate the list).
 * `canRetry` (the role may retry failed notifications) shows Retry failed.
 */
export const NotificationProgress = ({ policyDocumentId, canRetry }: { policyDocumentId: string; canRetry: boolean }) => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const notifyError = useErrorNotification();
  const { data: notifications, error } = useGetPolicyNotificationsQuery({ policyDocumentId }, { pollingInterval: 2000 });
  useQueryErrorNotification(error);
  const [retryFailed] = useRetryFailedDeliveriesMutation();

  const retry = async (id: number) => {
    try {
      const { retried } = await retryFailed({ id }).unwrap();
      toggleNotification({ type: 'success', message: t('notifications.retried', { count: retried }) });
    } catch (failure) {
      notifyError(failure);
    }
  };

  if (!notifications?.length) return <Typography>{t('notifications.none')}</Typography>;
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
            <Box paddingTop={2} paddingBottom={2}>
              <DeliveryBar
                percent={percent}
                label={t(withdrawal ? 'notifications.withdrawal' : 'notifications.announcement', { number: notification.versionNumber })}
              />
            </Box>
            <Typography tag="p" data-progress={percent}>
              {t('notifications.counts', {
                pending: counts.pending + counts.sending,
                sent: counts.sent,
                failed: counts.failed,
                skipped: counts.skipped,
                percent,
              })}
            </Typography>
            {canRetry && counts.failed > 0 && (
              <Box paddingTop={2}>
                <Button variant="secondary" onClick={() => retry(notification.id)}>
                  {t('notifications.retry')}
                </Button>
              </Box>
            )}
          </Box>
        );
      })}
    </Flex>
  );
};
