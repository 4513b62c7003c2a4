import { Badge, Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useTranslate } from './use-translate';

export interface AdminVersion {
  number: string;
  changeType: 'minor' | 'major';
  effectiveDate: string;
  changeSummary: string | null;
  publishedAt: string;
  publishedBy: { id: number; name: string } | null;
  classifierOverride: boolean;
  complianceOverride?: boolean;
}

/** Versions newest first, with the one in effect today and the upcoming one marked. */
export const VersionTimeline = ({ versions, today }: { versions: AdminVersion[]; today: string }) => {
  const t = useTranslate();
  const current = versions.find((version) => version.effectiveDate <= today);
  const upcoming = [...versions].reverse().find((version) => version.effectiveDate > today);
  return (
    <Box background="neutral0" shadow="filterShadow" hasRadius>
      <Table colCount={5} rowCount={versions.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('versions.column.number')}</Typography></Th>
            <Th><Typography variant="sigma">{t('versions.column.type')}</Typography></Th>
            <Th><Typography variant="sigma">{t('versions.column.effective')}</Typography></Th>
            <Th><Typography variant="sigma">{t('versions.column.summary')}</Typography></Th>
            <Th><Typography variant="sigma">{t('versions.column.publishedBy')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {versions.map((version) => (
            <Tr key={version.number} data-version={version.number}>
              <Td>
                <Typography fontWeight="bold">{version.number}</Typography>{' '}
                {version === current && <Badge active>{t('versions.current')}</Badge>}
                {version === upcoming && <Badge>{t('versions.upcoming')}</Badge>}
              </Td>
              <Td>
                <Badge>{t(`versions.type.${version.changeType}`)}</Badge>
                {version.classifierOverride && <Typography variant="pi"> {t('versions.override')}</Typography>}
                {version.complianceOverride && <Typography variant="pi" data-compliance-override> {t('versions.complianceOverride')}</Typography>}
              </Td>
              <Td><Typography>{version.effectiveDate}</Typography></Td>
              <Td><Typography>{version.changeSummary ?? ''}</Typography></Td>
              <Td><Typography>{version.publishedBy?.name ?? '—'}</Typography></Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};
