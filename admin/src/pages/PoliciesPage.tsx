import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Box, LinkButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useTranslate } from '../components/use-translate';

interface PolicyRow {
  documentId: string;
  title: string;
  slug: string;
  status?: string;
}

export const PoliciesPage = () => {
  const t = useTranslate();
  const { get } = useFetchClient();
  const [policies, setPolicies] = useState<PolicyRow[] | null>(null);

  useEffect(() => {
    get<any>('/content-manager/collection-types/plugin::privacy-policy.policy?page=1&pageSize=100').then(({ data }) =>
      setPolicies(data.results),
    );
  }, [get]);

  if (!policies) return <Page.Loading />;
  return (
    <Layouts.Root>
      <Page.Title>{t('plugin.name')}</Page.Title>
      <Layouts.Header
        title={t('policies.title')}
        subtitle={t('policies.subtitle')}
        primaryAction={
          <LinkButton tag={Link} to="subscribers">
            {t('subscribers.title')}
          </LinkButton>
        }
      />
      <Layouts.Content>
        <Box background="neutral0" shadow="filterShadow" hasRadius>
          <Table colCount={2} rowCount={policies.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('policies.column.title')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('policies.column.slug')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {policies.map((policy) => (
                <Tr key={policy.documentId}>
                  <Td>
                    <Link to={policy.documentId}>{policy.title}</Link>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{policy.slug}</Typography>
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
