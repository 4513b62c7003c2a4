import { useEffect, useState } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useTranslate } from './use-translate';

export interface Finding {
  check: string;
  severity: 'error' | 'warning' | 'info';
  source: string;
  target: { kind: string; slug: string | null; field: string | null; label: string };
  message: string;
  fix: string;
}

export interface HealthReport {
  findings: Finding[];
  counts: Record<Finding['severity'], number>;
  checks: { id: string }[];
}

const SEVERITY_COLOR = { error: 'danger600', warning: 'warning600', info: 'neutral600' } as const;

export const FindingList = ({ findings }: { findings: Finding[] }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    {findings.map((finding, index) => (
      <Box key={`${finding.check}-${index}`} data-finding={finding.check} data-severity={finding.severity} paddingBottom={2}>
        <Flex gap={2} wrap="wrap">
          <Badge textColor={SEVERITY_COLOR[finding.severity]}>{finding.severity}</Badge>
          <Typography variant="pi" textColor="neutral600">
            {finding.source}
          </Typography>
          <Typography variant="pi" fontWeight="bold">
            {finding.target.label}
          </Typography>
        </Flex>
        <Typography tag="p">{finding.message}</Typography>
        <Typography tag="p" variant="pi" textColor="neutral600">
          → {finding.fix}
        </Typography>
      </Box>
    ))}
  </Flex>
);

/** The compliance checks run on the policy's draft in one locale: what to fix before publishing. */
export const HealthCard = ({ documentId, locale }: { documentId: string; locale: string }) => {
  const t = useTranslate();
  const { get } = useFetchClient();
  const [report, setReport] = useState<HealthReport | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    get<any>(`/privacy-policy/policies/${documentId}/health?locale=${encodeURIComponent(locale)}`)
      .then(({ data }) => setReport(data.data))
      .catch(() => setFailed(true));
  }, [get, documentId, locale]);

  if (failed) return <Typography>{t('health.unavailable')}</Typography>;
  if (!report) return <Typography>{t('health.loading')}</Typography>;
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius data-health-card>
      <Typography tag="p" paddingBottom={4} data-health-counts>
        {t('health.counts', { ...report.counts, checks: report.checks.length })}
      </Typography>
      {report.findings.length ? <FindingList findings={report.findings} /> : <Typography>{t('health.clean')}</Typography>}
    </Box>
  );
};
