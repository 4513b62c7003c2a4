import { Link as RouterLink } from 'react-router-dom';
import { Box, EmptyStateLayout, Flex, Link, LinkButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams } from '@strapi/strapi/admin';
import type { PolicySummary, VersionMark } from '../../../shared/contracts/admin';
import { useTranslate } from '../components/use-translate';
import { useFormatDate } from '../components/format-date';
import { StatusTag } from '../components/StatusTag';
import { useQueryErrorNotification } from '../components/api-errors';
import { policyEditViewPath } from '../components/edit-links';
import { useGetPolicySummariesQuery } from '../services/api';
import { usePluginPermissions } from '../services/permissions';
import { LocaleSelect, useLocaleParam } from './PolicyPage';

const PAGE_SIZE = 20;

// The design system's table cells do not wrap; these do, so that the table fits 1280 px.
const WRAP = { whiteSpace: 'normal' } as const;

const HeaderCell = ({ children }: { children: string }) => (
  <Th>
    <Typography fontWeight="bold" textColor="neutral800">
      {children}
    </Typography>
  </Th>
);

const VersionCell = ({ mark, kind }: { mark: VersionMark | null; kind: 'current' | 'upcoming' }) => {
  const t = useTranslate();
  const format = useFormatDate();
  if (!mark) return <Typography textColor="neutral600">{t(`policies.no.${kind}`)}</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography fontWeight="bold">{t('policies.version', { number: mark.number })}</Typography>
      <Typography textColor="neutral600">{t(`policies.${kind}Since`, { date: format.day(mark.effectiveDate) })}</Typography>
    </Flex>
  );
};

const HealthCell = ({ health }: { health: PolicySummary['health'] }) => {
  const t = useTranslate();
  if (!health.error && !health.warning) return <StatusTag tone="success">{t('policies.health.clean')}</StatusTag>;
  return (
    <Flex gap={2} wrap="wrap">
      {health.error > 0 && (
        <StatusTag tone="danger" data-health="error">
          {t('policies.health.errors', { count: health.error })}
        </StatusTag>
      )}
      {health.warning > 0 && (
        <StatusTag tone="warning" data-health="warning">
          {t('policies.health.warnings', { count: health.warning })}
        </StatusTag>
      )}
    </Flex>
  );
};

/**
 * The plugin's home: every policy of a locale at a glance (current and upcoming version with their
 * dates, the draft's health), from one admin route. A locale picker when there are several; pages when
 * there are many policies.
 */
export const PoliciesPage = () => {
  const t = useTranslate();
  const { locale, locales, setLocale } = useLocaleParam();
  const [{ query }] = useQueryParams<{ page?: string; pageSize?: string }>();
  const page = Math.max(1, Number(query.page) || 1);
  const pageSize = Math.max(1, Number(query.pageSize) || PAGE_SIZE);
  const { data, error, isLoading } = useGetPolicySummariesQuery({ locale: locale ?? '', page, pageSize }, { skip: !locale });
  useQueryErrorNotification(error);
  const { canReadSubscribers } = usePluginPermissions();

  if (error && !data) return <Page.Error />;
  if (!locale || isLoading || !data) return <Page.Loading />;
  const policies = data.data;
  return (
    <Page.Main>
      <Layouts.Root>
        <Page.Title>{t('plugin.name')}</Page.Title>
        <Layouts.Header
          title={t('policies.title')}
          subtitle={t('policies.subtitle')}
          primaryAction={
            canReadSubscribers ? (
              <LinkButton size="M" tag={RouterLink} to="subscribers" variant="secondary">
                {t('subscribers.title')}
              </LinkButton>
            ) : null
          }
        />
        <Layouts.Content>
          {locales.length > 1 && (
            <Box paddingBottom={6} maxWidth="32rem">
              <LocaleSelect locales={locales} value={locale} onChange={setLocale} />
            </Box>
          )}
          {policies.length === 0 ? (
            <Box background="neutral0" shadow="filterShadow" hasRadius>
              <EmptyStateLayout content={t('policies.empty')} />
            </Box>
          ) : (
            <Box background="neutral0" shadow="filterShadow" hasRadius data-policies>
              <Table colCount={5} rowCount={policies.length + 1}>
                <Thead>
                  <Tr>
                    <HeaderCell>{t('policies.column.title')}</HeaderCell>
                    <HeaderCell>{t('policies.column.current')}</HeaderCell>
                    <HeaderCell>{t('policies.column.upcoming')}</HeaderCell>
                    <HeaderCell>{t('policies.column.health')}</HeaderCell>
                    <HeaderCell>{t('policies.column.actions')}</HeaderCell>
                  </Tr>
                </Thead>
                <Tbody>
                  {policies.map((policy) => (
                    <Tr key={policy.documentId} data-policy={policy.slug}>
                      <Td style={WRAP}>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          <Link tag={RouterLink} to={`${policy.documentId}?locale=${encodeURIComponent(locale)}`}>
                            {policy.title}
                          </Link>
                          <Typography textColor="neutral600">{t('policies.versionCount', { count: policy.versionCount })}</Typography>
                        </Flex>
                      </Td>
                      <Td style={WRAP} data-column="current">
                        <VersionCell mark={policy.current} kind="current" />
                      </Td>
                      <Td style={WRAP} data-column="upcoming">
                        <VersionCell mark={policy.upcoming} kind="upcoming" />
                      </Td>
                      <Td style={WRAP} data-column="health">
                        <HealthCell health={policy.health} />
                      </Td>
                      <Td style={WRAP}>
                        <LinkButton
                          size="M"
                          tag={RouterLink}
                          to={policyEditViewPath(policy.documentId, locale)}
                          variant="tertiary"
                          aria-label={t('policies.editLabel', { title: policy.title })}
                        >
                          {t('policies.edit')}
                        </LinkButton>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Box>
          )}
          <Pagination.Root pageCount={data.meta.pagination.pageCount} total={data.meta.pagination.total} defaultPageSize={PAGE_SIZE}>
            <Pagination.PageSize options={['20', '50', '100']} />
            <Pagination.Links />
          </Pagination.Root>
        </Layouts.Content>
      </Layouts.Root>
    </Page.Main>
  );
};
