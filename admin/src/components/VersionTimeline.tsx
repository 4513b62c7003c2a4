import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useTranslate } from './use-translate';
import { useFormatDate } from './format-date';
import { StatusTag } from './StatusTag';

export interface AdminVersion {
  number: string;
  changeType: 'minor' | 'major';
  effectiveDate: string;
  changeSummary: string | null;
  publishedAt: string;
  publishedBy: { id: number; name: string } | null;
  classifierOverride: boolean;
  complianceOverride?: boolean;
  /** Computed by the server: the version in force today, and the next one to take effect. Never a withdrawn one. */
  isCurrent: boolean;
  isUpcoming: boolean;
  withdrawn: { at: string; reason: string; by: { id: number; name: string } | null } | null;
}

/** Not in effect yet and not withdrawn: the only versions that can be withdrawn. */
export const isPending = (version: AdminVersion, today: string) =>
  !version.withdrawn && !version.isCurrent && version.effectiveDate > today;

export interface TimelineActions {
  onWithdraw(version: AdminVersion): void;
  onRestore(version: AdminVersion): void;
}

// The design system's table does not wrap; these cells do, so that the table fits 1280 px without scrolling.
const WRAP = { whiteSpace: 'normal' } as const;

const HeaderCell = ({ children }: { children: string }) => (
  <Th style={WRAP}>
    <Typography fontWeight="bold" textColor="neutral800">
      {children}
    </Typography>
  </Th>
);

/**
 * Versions newest first. Current and upcoming come from the server, which never counts a withdrawn
 * version; a withdrawn one shows when, by whom and why. `actions` (for roles that may publish) adds
 * Withdraw on versions not yet in effect and Restore into draft on every version.
 */
export const VersionTimeline = ({
  versions,
  today,
  actions,
}: {
  versions: AdminVersion[];
  today: string;
  actions?: TimelineActions | null;
}) => {
  const t = useTranslate();
  const format = useFormatDate();
  const columns = actions ? 6 : 5;
  return (
    <Box data-timeline>
      <Table colCount={columns} rowCount={versions.length + 1}>
        <Thead>
          <Tr>
            <HeaderCell>{t('versions.column.number')}</HeaderCell>
            <HeaderCell>{t('versions.column.type')}</HeaderCell>
            <HeaderCell>{t('versions.column.effective')}</HeaderCell>
            <HeaderCell>{t('versions.column.summary')}</HeaderCell>
            <HeaderCell>{t('versions.column.publishedBy')}</HeaderCell>
            {actions && <HeaderCell>{t('versions.column.actions')}</HeaderCell>}
          </Tr>
        </Thead>
        <Tbody>
          {versions.map((version) => {
            const pending = isPending(version, today);
            return (
              <Tr key={version.number} data-version={version.number} data-withdrawn={version.withdrawn ? 'true' : undefined}>
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography fontWeight="bold">{version.number}</Typography>
                    {version.isCurrent && (
                      <StatusTag tone="success" data-status="current">
                        {t('versions.current')}
                      </StatusTag>
                    )}
                    {version.isUpcoming && (
                      <StatusTag tone="primary" data-status="upcoming">
                        {t('versions.upcoming')}
                      </StatusTag>
                    )}
                    {pending && !version.isUpcoming && (
                      <StatusTag tone="neutral" data-status="scheduled">
                        {t('versions.scheduled')}
                      </StatusTag>
                    )}
                    {version.withdrawn && (
                      <StatusTag tone="danger" data-status="withdrawn">
                        {t('versions.withdrawn')}
                      </StatusTag>
                    )}
                  </Flex>
                </Td>
                <Td style={WRAP}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography>{t(`versions.type.${version.changeType}`)}</Typography>
                    {version.classifierOverride && <Typography textColor="neutral600">{t('versions.override')}</Typography>}
                    {version.complianceOverride && (
                      <Typography textColor="neutral600" data-compliance-override>
                        {t('versions.complianceOverride')}
                      </Typography>
                    )}
                  </Flex>
                </Td>
                <Td style={WRAP}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography style={{ whiteSpace: 'nowrap', textDecoration: version.withdrawn ? 'line-through' : undefined }}>
                      {format.day(version.effectiveDate)}
                    </Typography>
                    {version.withdrawn && <Typography textColor="danger700">{t('versions.willNotTakeEffect')}</Typography>}
                  </Flex>
                </Td>
                <Td style={{ ...WRAP, minWidth: '18rem' }}>
                  <Flex direction="column" alignItems="flex-start" gap={2}>
                    <Typography>{version.changeSummary ?? ''}</Typography>
                    {version.withdrawn && (
                      <Box data-withdrawal background="danger100" padding={2} hasRadius>
                        <Typography tag="p" textColor="danger700" fontWeight="semiBold">
                          {version.withdrawn.by
                            ? t('versions.withdrawnBy', { date: format.moment(version.withdrawn.at), name: version.withdrawn.by.name })
                            : t('versions.withdrawnOn', { date: format.moment(version.withdrawn.at) })}
                        </Typography>
                        <Typography tag="p" textColor="neutral800">
                          {t('versions.withdrawalReason', { reason: version.withdrawn.reason })}
                        </Typography>
                      </Box>
                    )}
                  </Flex>
                </Td>
                <Td style={WRAP}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography>{version.publishedBy?.name ?? '—'}</Typography>
                    <Typography textColor="neutral600">{format.moment(version.publishedAt)}</Typography>
                  </Flex>
                </Td>
                {actions && (
                  <Td>
                    <Flex gap={2} wrap="wrap">
                      {pending && (
                        <Button
                          size="M"
                          variant="danger-light"
                          onClick={() => actions.onWithdraw(version)}
                          aria-label={t('withdraw.buttonLabel', { number: version.number })}
                        >
                          {t('withdraw.button')}
                        </Button>
                      )}
                      <Button
                        size="M"
                        variant="secondary"
                        onClick={() => actions.onRestore(version)}
                        aria-label={t('restore.buttonLabel', { number: version.number })}
                      >
                        {t('restore.button')}
                      </Button>
                    </Flex>
                  </Td>
                )}
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </Box>
  );
};
