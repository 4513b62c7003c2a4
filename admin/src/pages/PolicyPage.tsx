import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Box, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { AdminVersion, VersionTimeline } from '../components/VersionTimeline';
import { Redline } from '../components/Redline';
import { NotificationProgress } from '../components/NotificationProgress';
import { useTranslate } from '../components/use-translate';

export const PolicyPage = () => {
  const t = useTranslate();
  const { documentId } = useParams();
  const { get } = useFetchClient();
  const [versions, setVersions] = useState<AdminVersion[] | null>(null);
  const [policy, setPolicy] = useState<{ title: string; slug: string } | null>(null);
  const [today, setToday] = useState('');

  useEffect(() => {
    get<any>(`/privacy-policy/policies/${documentId}/versions`).then(({ data }) => setVersions(data.data));
    get<any>(`/privacy-policy/policies/${documentId}/publish-preview`).then(({ data }) => setToday(data.data.today));
    get<any>(`/content-manager/collection-types/plugin::privacy-policy.policy/${documentId}`).then(({ data }) => setPolicy(data.data));
  }, [get, documentId]);

  if (!versions || !policy) return <Page.Loading />;
  return (
    <Layouts.Root>
      <Page.Title>{policy.title}</Page.Title>
      <Layouts.Header title={policy.title} subtitle={t('policy.subtitle', { count: versions.length })} />
      <Layouts.Content>
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">{t('versions.title')}</Typography>
          <VersionTimeline versions={versions} today={today} />
        </Box>
        {versions.length > 1 && (
          <Box paddingBottom={6}>
            <Typography variant="beta" tag="h2">{t('redline.title')}</Typography>
            <Redline slug={policy.slug} numbers={versions.map((version) => version.number)} />
          </Box>
        )}
        <Box paddingBottom={6}>
          <Typography variant="beta" tag="h2">{t('notifications.title')}</Typography>
          <NotificationProgress policyDocumentId={documentId!} />
        </Box>
      </Layouts.Content>
    </Layouts.Root>
  );
};
