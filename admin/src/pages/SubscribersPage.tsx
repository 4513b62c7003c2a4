import { useCallback, useEffect, useState } from 'react';
import {
  Badge,
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
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useTranslate } from '../components/use-translate';

interface Subscriber {
  id: number;
  email: string;
  scope: string;
  status: string;
  createdAt: string;
  confirmedAt: string | null;
}

const STATUSES = ['pending', 'confirmed', 'unsubscribed'];

export const SubscribersPage = () => {
  const t = useTranslate();
  const { get, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [result, setResult] = useState<{
    data: Subscriber[];
    meta: { counts: Record<string, number>; pagination: { total: number } };
  } | null>(null);
  const [erasing, setErasing] = useState<number | null>(null);

  const filters = useCallback(
    () => new URLSearchParams({ ...(query ? { q: query } : {}), ...(status ? { status } : {}) }).toString(),
    [query, status],
  );

  const load = useCallback(async () => {
    const { data } = await get<any>(`/privacy-policy/subscribers?pageSize=100&${filters()}`);
    setResult(data);
  }, [get, filters]);

  useEffect(() => {
    load().catch(() => toggleNotification({ type: 'danger', message: t('subscribers.forbidden') }));
  }, [load, t, toggleNotification]);

  const exportCsv = async () => {
    const { data } = await get<any>(`/privacy-policy/subscribers/export?${filters()}`, { responseType: 'blob' } as any);
    const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'privacy-policy-subscribers.csv';
    link.click();
    URL.revokeObjectURL(url);
  };

  const erase = async (subscriber: Subscriber) => {
    if (erasing !== subscriber.id) return setErasing(subscriber.id);
    await del(`/privacy-policy/subscribers/${subscriber.id}`);
    setErasing(null);
    toggleNotification({ type: 'success', message: t('subscribers.erased', { email: subscriber.email }) });
    load();
  };

  if (!result) return <Page.Loading />;
  return (
    <Layouts.Root>
      <Page.Title>{t('subscribers.title')}</Page.Title>
      <Layouts.Header
        title={t('subscribers.title')}
        subtitle={t('subscribers.subtitle', { total: result.meta.pagination.total })}
        primaryAction={<Button onClick={exportCsv}>{t('subscribers.export')}</Button>}
      />
      <Layouts.Content>
        <Flex gap={2} paddingBottom={4} data-counts>
          {STATUSES.map((name) => (
            <Badge key={name} data-count={name}>
              {t(`subscribers.status.${name}`)}: {result.meta.counts[name] ?? 0}
            </Badge>
          ))}
        </Flex>
        <Flex gap={4} paddingBottom={4} alignItems="flex-end">
          <Field.Root name="q">
            <Field.Label>{t('subscribers.search')}</Field.Label>
            <TextInput value={query} onChange={(event: any) => setQuery(event.target.value)} />
          </Field.Root>
          <Field.Root name="status">
            <Field.Label>{t('subscribers.filter')}</Field.Label>
            <SingleSelect value={status} onChange={(value) => setStatus(String(value))}>
              <SingleSelectOption value="">{t('subscribers.all')}</SingleSelectOption>
              {STATUSES.map((name) => (
                <SingleSelectOption key={name} value={name}>
                  {t(`subscribers.status.${name}`)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Flex>
        <Box background="neutral0" shadow="filterShadow" hasRadius>
          <Table colCount={5} rowCount={result.data.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('subscribers.column.email')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('subscribers.column.scope')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('subscribers.column.status')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('subscribers.column.since')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('subscribers.column.erase')}</Typography>
                </Th>
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
                    <Badge>{t(`subscribers.status.${subscriber.status}`)}</Badge>
                  </Td>
                  <Td>
                    <Typography>{String(subscriber.createdAt).slice(0, 10)}</Typography>
                  </Td>
                  <Td>
                    <Button variant={erasing === subscriber.id ? 'danger' : 'danger-light'} size="S" onClick={() => erase(subscriber)}>
                      {erasing === subscriber.id ? t('subscribers.confirmErase') : t('subscribers.erase')}
                    </Button>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      </Layouts.Content>
    </Layouts.Root>
  );
};
