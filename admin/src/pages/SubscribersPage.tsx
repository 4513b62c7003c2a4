import { useEffect, useState } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { BackButton, Layouts, Page, Pagination, useDebounce, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useTranslate } from '../components/use-translate';
import { useFormatDate } from '../components/format-date';
import { StatusTag } from '../components/StatusTag';
import { ReadableFields } from '../components/ReadableFields';
import { useErrorNotification, useQueryErrorNotification } from '../components/api-errors';
import {
  Subscriber,
  useErasePolicySubscriberMutation,
  useGetPolicySubscribersQuery,
  useLazyExportPolicySubscribersQuery,
} from '../services/api';
import { usePluginPermissions } from '../services/permissions';
import { LIST_PATH } from './PolicyPage';

const STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const;
const STATUS_TONE = { pending: 'neutral', confirmed: 'success', unsubscribed: 'danger' } as const;
const PAGE_SIZE = 25;

interface SubscriberQuery {
  q?: string;
  status?: string;
  page?: string;
  pageSize?: string;
}

const HeaderCell = ({ children }: { children: string }) => (
  <Th>
    <Typography fontWeight="bold" textColor="neutral800">
      {children}
    </Typography>
  </Th>
);

/**
 * Subscribers: counts by status, search by email, filter by status, pages, CSV export and erasure. The
 * filters and the page live in the address, so a reload or a shared link shows the same list.
 */
export const SubscribersPage = () => {
  const t = useTranslate();
  const format = useFormatDate();
  const { toggleNotification } = useNotification();
  const notifyError = useErrorNotification();
  const { canReadSubscribers, canManageSubscribers, isLoading: permissionsLoading } = usePluginPermissions();
  const [{ query }, setQuery] = useQueryParams<SubscriberQuery>();
  const status = query.status ?? '';
  const page = Math.max(1, Number(query.page) || 1);
  const pageSize = Math.max(1, Number(query.pageSize) || PAGE_SIZE);
  const [search, setSearch] = useState(query.q ?? '');
  const debouncedSearch = useDebounce(search, 300);
  useEffect(() => {
    if (debouncedSearch !== (query.q ?? '')) setQuery({ q: encodeURIComponent(debouncedSearch), page: '1' });
  }, [debouncedSearch, query.q, setQuery]);
  const filter = { q: query.q || undefined, status: status || undefined };
  const { data: result, error } = useGetPolicySubscribersQuery(
    { ...filter, page, pageSize },
    { skip: permissionsLoading || !canReadSubscribers },
  );
  useQueryErrorNotification(error);
  const [exportCsvText] = useLazyExportPolicySubscribersQuery();
  const [eraseSubscriber] = useErasePolicySubscriberMutation();
  const [erasing, setErasing] = useState<number | null>(null);

  const exportCsv = async () => {
    try {
      const csv = await exportCsvText(filter).unwrap();
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'privacy-policy-subscribers.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (failure) {
      notifyError(failure);
    }
  };

  const erase = async (subscriber: Subscriber) => {
    if (erasing !== subscriber.id) return setErasing(subscriber.id);
    try {
      await eraseSubscriber({ id: subscriber.id }).unwrap();
      toggleNotification({ type: 'success', message: t('subscribers.erased', { email: subscriber.email }) });
    } catch (failure) {
      notifyError(failure);
    } finally {
      setErasing(null);
    }
  };

  if (permissionsLoading) return <Page.Loading />;
  if (!canReadSubscribers) return <Page.NoPermissions />;
  if (error && !result) return <Page.Error />;
  if (!result) return <Page.Loading />;
  return (
    <Page.Main>
      <Layouts.Root>
        <Page.Title>{t('subscribers.title')}</Page.Title>
        <Layouts.Header
          navigationAction={<BackButton fallback={LIST_PATH} />}
          title={t('subscribers.title')}
          subtitle={t('subscribers.subtitle', { total: result.meta.pagination.total })}
          primaryAction={
            <Button size="M" onClick={exportCsv}>
              {t('subscribers.export')}
            </Button>
          }
        />
        <Layouts.Content>
          <Flex gap={2} paddingBottom={4} wrap="wrap" data-counts>
            {STATUSES.map((name) => (
              <StatusTag key={name} tone={STATUS_TONE[name]} data-count={name}>
                {t(`subscribers.status.${name}`)}: {result.meta.counts[name] ?? 0}
              </StatusTag>
            ))}
          </Flex>
          <ReadableFields>
            <Flex gap={4} paddingBottom={4} alignItems="flex-end" wrap="wrap">
              <Box minWidth="28rem">
                <Field.Root name="q">
                  <Field.Label>{t('subscribers.search')}</Field.Label>
                  <TextInput value={search} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)} />
                </Field.Root>
              </Box>
              <Box minWidth="20rem">
                <Field.Root name="status">
                  <Field.Label>{t('subscribers.filter')}</Field.Label>
                  <SingleSelect value={status} onChange={(value) => setQuery({ status: String(value), page: '1' })}>
                    <SingleSelectOption value="">{t('subscribers.all')}</SingleSelectOption>
                    {STATUSES.map((name) => (
                      <SingleSelectOption key={name} value={name}>
                        {t(`subscribers.status.${name}`)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
            </Flex>
          </ReadableFields>
          <Box background="neutral0" shadow="filterShadow" hasRadius>
            <Table colCount={canManageSubscribers ? 5 : 4} rowCount={result.data.length + 1}>
              <Thead>
                <Tr>
                  <HeaderCell>{t('subscribers.column.email')}</HeaderCell>
                  <HeaderCell>{t('subscribers.column.scope')}</HeaderCell>
                  <HeaderCell>{t('subscribers.column.status')}</HeaderCell>
                  <HeaderCell>{t('subscribers.column.since')}</HeaderCell>
                  {canManageSubscribers && <HeaderCell>{t('subscribers.column.erase')}</HeaderCell>}
                </Tr>
              </Thead>
              <Tbody>
                {result.data.map((subscriber) => (
                  <Tr key={subscriber.id} data-subscriber={subscriber.email}>
                    <Td>
                      <Typography>{subscriber.email}</Typography>
                    </Td>
                    <Td>
                      <Typography>{subscriber.scope === '*' ? t('subscribers.allPolicies') : subscriber.scope}</Typography>
                    </Td>
                    <Td>
                      <StatusTag tone={STATUS_TONE[subscriber.status as (typeof STATUSES)[number]] ?? 'neutral'}>
                        {t(`subscribers.status.${subscriber.status}`)}
                      </StatusTag>
                    </Td>
                    <Td>
                      <Typography>{format.moment(subscriber.createdAt)}</Typography>
                    </Td>
                    {canManageSubscribers && (
                      <Td>
                        <Button variant={erasing === subscriber.id ? 'danger' : 'danger-light'} size="M" onClick={() => erase(subscriber)}>
                          {erasing === subscriber.id ? t('subscribers.confirmErase') : t('subscribers.erase')}
                        </Button>
                      </Td>
                    )}
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
          <Pagination.Root pageCount={result.meta.pagination.pageCount} total={result.meta.pagination.total} defaultPageSize={PAGE_SIZE}>
            <Pagination.PageSize options={['25', '50', '100']} />
            <Pagination.Links />
          </Pagination.Root>
        </Layouts.Content>
      </Layouts.Root>
    </Page.Main>
  );
};
