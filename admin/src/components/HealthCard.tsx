import { Link as RouterLink } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useTranslate } from './use-translate';
import { StatusTag } from './StatusTag';
import { findingPath } from './edit-links';
import { useQueryErrorNotification } from './api-errors';
import { useGetPolicyHealthQuery, useGetPolicyTreeQuery } from '../services/api';
import { editorLanguageOf, WORDING } from '../../../shared/editor-fields/translate';
import type { ModelKey } from '../../../shared/editor-fields/types';

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

const SEVERITY_TONE = { error: 'danger', warning: 'warning', info: 'neutral' } as const;

/** The model whose edit view holds a finding's field (the controller details are a component of the policy). */
const MODEL_OF: Record<string, ModelKey> = {
  policy: 'policy',
  controller: 'policy',
  section: 'policy-section',
  processor: 'processor',
  'retention-rule': 'retention-rule',
};
/** The components a field path goes through: `automatedDecision.logic` is the automated decision's `logic`. */
const COMPONENT_OF: Record<string, ModelKey> = {
  controller: 'controller-details',
  automatedDecision: 'automated-decision',
  legalBases: 'legal-basis-claim',
};

/**
 * A field's name as its edit view labels it, in the admin's language (the labels the plugin sets in the
 * content manager, shared/editor-fields); the attribute name spelt out when there is none ("ageThreshold" → "age threshold").
 */
const useFieldLabel = () => {
  const { locale } = useIntl();
  const wording = WORDING[editorLanguageOf(locale) ?? 'en'];
  /** `field` is the path in the entry's edit view (`controller.website` for the policy's controller details). */
  return (kind: string, field: string) => {
    const parts = field.split('.');
    let model: ModelKey | undefined = MODEL_OF[kind];
    const labels: string[] = [];
    for (const part of parts) {
      const label = model ? wording[model]?.[part]?.label : undefined;
      labels.push(label ?? part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
      model = COMPONENT_OF[part];
    }
    return labels.join(' › ');
  };
};

/**
 * Findings, each with a link to the entry and the field it names (the edit view focuses the field when
 * its input supports it). Links need the draft's tree, which turns a section's, processor's or retention
 * rule's slug into its entry: pass `documentId` and `locale` to get them.
 */
export const FindingList = ({ findings, documentId, locale }: { findings: Finding[]; documentId?: string; locale?: string }) => {
  const t = useTranslate();
  const fieldLabel = useFieldLabel();
  const { data: tree } = useGetPolicyTreeQuery({ documentId: documentId ?? '', locale: locale ?? '' }, { skip: !documentId || !locale });
  return (
    <Flex direction="column" alignItems="stretch" gap={4} tag="ul">
      {findings.map((finding, index) => {
        const target = tree && locale ? findingPath(finding, tree, locale) : null;
        const kind = t(`health.kind.${finding.target.kind}`);
        return (
          <Box tag="li" key={`${finding.check}-${index}`} data-finding={finding.check} data-severity={finding.severity}>
            <Flex gap={2} wrap="wrap" paddingBottom={1}>
              <StatusTag tone={SEVERITY_TONE[finding.severity]}>{t(`health.severity.${finding.severity}`)}</StatusTag>
              <Typography textColor="neutral600">{finding.source}</Typography>
            </Flex>
            <Typography tag="p">{finding.message}</Typography>
            <Typography tag="p" textColor="neutral600">
              → {finding.fix}
            </Typography>
            {target ? (
              <Link tag={RouterLink} to={target.path} data-finding-link={finding.target.field ?? ''}>
                {target.field
                  ? t('health.openField', { kind, name: finding.target.label, field: fieldLabel(finding.target.kind, target.field) })
                  : t('health.open', { kind, name: finding.target.label })}
              </Link>
            ) : (
              <Typography fontWeight="bold">
                {kind} “{finding.target.label}”
              </Typography>
            )}
          </Box>
        );
      })}
    </Flex>
  );
};

/** The compliance checks run on the policy's draft in one locale: what to fix before publishing, each with a link to it. */
export const HealthCard = ({ documentId, locale }: { documentId: string; locale: string }) => {
  const t = useTranslate();
  const { data: report, error, isLoading } = useGetPolicyHealthQuery({ documentId, locale });
  useQueryErrorNotification(error);

  if (isLoading) return <Typography>{t('health.loading')}</Typography>;
  if (!report) return <Typography>{t('health.unavailable')}</Typography>;
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius data-health-card>
      <Typography tag="p" paddingBottom={4} data-health-counts>
        {t('health.counts', { ...report.counts, checks: report.checks.length })}
      </Typography>
      {report.findings.length ? (
        <FindingList findings={report.findings} documentId={documentId} locale={locale} />
      ) : (
        <Typography>{t('health.clean')}</Typography>
      )}
    </Box>
  );
};
