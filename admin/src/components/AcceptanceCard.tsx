import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useTranslate } from './use-translate';
import { useFormatDate } from './format-date';
import { useErrorNotification, useQueryErrorNotification } from './api-errors';
import { useGetPolicyAcceptancesQuery, useLazyExportPolicyAcceptancesQuery } from '../services/api';

/** Downloads every acceptance record of the policy in the locale as CSV, through the admin's authenticated client. */
const useAcceptanceExport = (documentId: string, locale: string) => {
  const [fetchExport] = useLazyExportPolicyAcceptancesQuery();
  const notifyError = useErrorNotification();
  return async () => {
    try {
      const body = await fetchExport({ documentId, locale }).unwrap();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([body], { type: 'text/csv' }));
      link.download = `privacy-policy-acceptances-${documentId}-${locale}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notifyError(error);
    }
  };
};

/**
 * How many signed-in users accepted each version of the policy in this locale, how many are up to date
 * with the version in force, and the CSV export of the records. For roles with "Read acceptance counts
 * and export acceptance records".
 */
export const AcceptanceCard = ({ documentId, locale }: { documentId: string; locale: string }) => {
  const t = useTranslate();
  const format = useFormatDate();
  const { data, error, isLoading } = useGetPolicyAcceptancesQuery({ documentId, locale }, { refetchOnMountOrArgChange: true });
  useQueryErrorNotification(error);
  const download = useAcceptanceExport(documentId, locale);
  if (isLoading || !data) return null;
  const versions = data.versions.filter((version) => !version.withdrawn);
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-acceptances>
      <Typography tag="p" data-up-to-date={data.upToDate}>
        {data.baseline
          ? t('acceptance.upToDate', { count: data.upToDate, baseline: data.baseline, current: data.current ?? data.baseline })
          : t('acceptance.noVersionInForce')}
      </Typography>
      {versions.length > 0 && (
        <Box>
          <Table colCount={3} rowCount={versions.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography fontWeight="bold" textColor="neutral800">
                    {t('acceptance.column.version')}
                  </Typography>
                </Th>
                <Th>
                  <Typography fontWeight="bold" textColor="neutral800">
                    {t('acceptance.column.effective')}
                  </Typography>
                </Th>
                <Th>
                  <Typography fontWeight="bold" textColor="neutral800">
                    {t('acceptance.column.accepted')}
                  </Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {versions.map((version) => (
                <Tr key={version.number} data-acceptance-version={version.number} data-accepted={version.accepted}>
                  <Td>
                    <Typography fontWeight={version.number === data.current ? 'bold' : undefined}>
                      {version.number === data.current ? t('acceptance.inForce', { number: version.number }) : version.number}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography>{format.day(version.effectiveDate)}</Typography>
                  </Td>
                  <Td>
                    <Typography>
                      {version.fromDeletedAccounts
                        ? t('acceptance.countWithDeleted', { count: version.accepted, deleted: version.fromDeletedAccounts })
                        : t('acceptance.count', { count: version.accepted })}
                    </Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
      <Flex gap={2}>
        <Button size="M" variant="secondary" onClick={download}>
          {t('acceptance.export')}
        </Button>
      </Flex>
    </Flex>
  );
};
