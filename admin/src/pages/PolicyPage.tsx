import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Box, Button, Field, Flex, LinkButton, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { BackButton, Layouts, Page, Pagination, useQueryParams } from '@strapi/strapi/admin';
import { AdminVersion, isPending, VersionTimeline } from '../components/VersionTimeline';
import { WithdrawDialog } from '../components/WithdrawDialog';
import { RestoreDialog } from '../components/RestoreDialog';
import { Redline } from '../components/Redline';
import { NotificationProgress } from '../components/NotificationProgress';
import { AcceptanceCard } from '../components/AcceptanceCard';
import { HealthCard } from '../components/HealthCard';
import { SectionTree } from '../components/SectionTree';
import { ReadableFields } from '../components/ReadableFields';
import { useTranslate } from '../components/use-translate';
import { useErrorNotification, useQueryErrorNotification } from '../components/api-errors';
import { policyEditViewPath } from '../components/edit-links';
import { Locale, useGetPolicyLocalesQuery, useGetPolicyVersionsQuery, useLazyGetProcessingRecordQuery } from '../services/api';
import { usePluginPermissions } from '../services/permissions';

/** The plugin's home, where the back button leads when the admin came from nowhere else. */
export const LIST_PATH = '/plugins/privacy-policy';

/** Versions shown on one page of the timeline; longer histories paginate. */
const VERSIONS_PER_PAGE = 10;

/** Downloads the Art. 30 record through the admin's authenticated client, then hands it to the browser. */
const useRecordDownload = (documentId: string, slug: string, locale: string) => {
  const [fetchRecord] = useLazyGetProcessingRecordQuery();
  const notifyError = useErrorNotification();
  return async (format: 'csv' | 'json') => {
    try {
      const body = await fetchRecord({ documentId, locale, format }).unwrap();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
      link.download = `${slug}-${locale}-processing-record.${format}`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      notifyError(error);
    }
  };
};

export const LocaleSelect = ({ locales, value, onChange }: { locales: Locale[]; value: string; onChange: (code: string) => void }) => {
  const t = useTranslate();
  return (
    <ReadableFields>
      <Field.Root name="locale">
        <Field.Label>{t('policy.locale')}</Field.Label>
        <SingleSelect value={value} onChange={(code) => onChange(String(code))}>
          {locales.map((locale) => (
            <SingleSelectOption key={locale.code} value={locale.code}>
              {locale.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </ReadableFields>
  );
};

/** The locale in the address (?locale=), else the default one: links and reloads keep the locale the admin chose. */
export const useLocaleParam = () => {
  const [{ query }, setQuery] = useQueryParams<{ locale?: string; page?: string }>();
  const { data: locales, error, isLoading } = useGetPolicyLocalesQuery();
  useQueryErrorNotification(error);
  const fallback = locales?.find((entry) => entry.isDefault)?.code ?? locales?.[0]?.code ?? (error ? 'en' : null);
  const locale = query.locale && (!locales || locales.some((entry) => entry.code === query.locale)) ? query.locale : fallback;
  return {
    locale,
    locales: locales ?? [],
    isLoading,
    setLocale: (code: string) => setQuery({ locale: code, page: '1' }),
  };
};

const Section = ({ title, children, ...rest }: { title: string; children: React.ReactNode; [data: `data-${string}`]: string }) => (
  <Box paddingBottom={8} tag="section" {...rest}>
    <Box paddingBottom={3}>
      <Typography variant="beta" tag="h2">
        {title}
      </Typography>
    </Box>
    {children}
  </Box>
);

export const PolicyPage = () => {
  const t = useTranslate();
  const { documentId = '' } = useParams();
  const { locale, locales, setLocale } = useLocaleParam();
  const [{ query }] = useQueryParams<{ page?: string; pageSize?: string }>();
  const permissions = usePluginPermissions();
  const { data, error, isLoading } = useGetPolicyVersionsQuery({ documentId, locale: locale ?? '' }, { skip: !locale });
  useQueryErrorNotification(error);
  const [withdrawing, setWithdrawing] = useState<AdminVersion | null>(null);
  const [restoring, setRestoring] = useState<AdminVersion | null>(null);
  const policy = data?.meta.policy ?? null;
  const download = useRecordDownload(documentId, policy?.slug ?? '', locale ?? '');

  if (error && !data) return <Page.Error />;
  if (!locale || isLoading || !data || permissions.isLoading) return <Page.Loading />;
  const versions = data.data;
  const today = data.meta.today;
  const title = policy?.title ?? documentId;
  const pageSize = Math.max(1, Number(query.pageSize) || VERSIONS_PER_PAGE);
  const pageCount = Math.max(1, Math.ceil(versions.length / pageSize));
  const page = Math.min(Math.max(1, Number(query.page) || 1), pageCount);
  const shown = versions.slice((page - 1) * pageSize, page * pageSize);
  /** A later version that holds this one's changes, still standing: it has to be withdrawn first. */
  const laterThan = (version: AdminVersion) => {
    const index = versions.indexOf(version);
    return versions.slice(0, Math.max(index, 0)).find((later) => !later.withdrawn)?.number ?? null;
  };
  return (
    <Page.Main>
      <Layouts.Root>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          navigationAction={<BackButton fallback={LIST_PATH} />}
          title={title}
          subtitle={t('policy.subtitle', { count: versions.length })}
          primaryAction={
            <LinkButton size="M" tag={Link} to={policyEditViewPath(documentId, locale)} variant="secondary">
              {t('policy.edit')}
            </LinkButton>
          }
        />
        <Layouts.Content>
          {locales.length > 1 && (
            <Box paddingBottom={6} maxWidth="32rem">
              <LocaleSelect locales={locales} value={locale} onChange={setLocale} />
            </Box>
          )}
          <Section title={t('health.title')}>
            <HealthCard documentId={documentId} locale={locale} />
          </Section>
          <Section title={t('tree.title')} data-tree-section="">
            <SectionTree documentId={documentId} locale={locale} canMove={permissions.canMoveSections} />
          </Section>
          <Section title={t('versions.title')}>
            <VersionTimeline
              versions={shown}
              today={today}
              actions={permissions.canPublish ? { onWithdraw: setWithdrawing, onRestore: setRestoring } : null}
            />
            {versions.length > VERSIONS_PER_PAGE && (
              <Pagination.Root pageCount={pageCount} total={versions.length} defaultPageSize={VERSIONS_PER_PAGE}>
                <Pagination.PageSize options={['10', '20', '50']} />
                <Pagination.Links />
              </Pagination.Root>
            )}
          </Section>
          {versions.length > 1 && policy && (
            <Section title={t('redline.title')}>
              <Redline
                key={versions
                  .filter((version) => !version.withdrawn)
                  .map((version) => version.number)
                  .join()}
                slug={policy.slug}
                locale={locale}
                numbers={versions.map((version) => version.number)}
                active={versions.filter((version) => !version.withdrawn).map((version) => version.number)}
              />
            </Section>
          )}
          <Section title={t('notifications.title')}>
            <NotificationProgress policyDocumentId={documentId} canRetry={permissions.canManageNotifications} />
          </Section>
          {permissions.canReadAcceptances && (
            <Section title={t('acceptance.title')}>
              <AcceptanceCard documentId={documentId} locale={locale} />
            </Section>
          )}
          <Section title={t('health.export')}>
            <Typography tag="p" textColor="neutral600">
              {t('health.exportHint')}
            </Typography>
            <Flex gap={2} paddingTop={3}>
              <Button size="M" variant="secondary" onClick={() => download('csv')}>
                {t('health.exportCsv')}
              </Button>
              <Button size="M" variant="secondary" onClick={() => download('json')}>
                {t('health.exportJson')}
              </Button>
            </Flex>
          </Section>
          {withdrawing && isPending(withdrawing, today) && (
            <WithdrawDialog
              documentId={documentId}
              locale={locale}
              version={withdrawing}
              blockedBy={laterThan(withdrawing)}
              onClose={() => setWithdrawing(null)}
              onWithdrawn={() => setWithdrawing(null)}
            />
          )}
          {restoring && <RestoreDialog documentId={documentId} locale={locale} version={restoring} onClose={() => setRestoring(null)} />}
        </Layouts.Content>
      </Layouts.Root>
    </Page.Main>
  );
};
