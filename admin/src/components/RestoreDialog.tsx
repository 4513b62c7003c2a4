import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Box, Button, Flex, LinkButton, Loader, Modal, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useTranslate } from './use-translate';
import { useFormatDate } from './format-date';
import { ruleErrors, RuleError } from './api-errors';
import type { AdminVersion } from './VersionTimeline';

export interface RestoreChange {
  kind: 'policy' | 'section' | 'processor' | 'retention-rule' | 'legal-basis';
  action: 'updated' | 'created' | 'detached';
  documentId: string | null;
  slug: string | null;
  name: string;
}

interface RestoreResult {
  version: string;
  locale: string;
  changes: RestoreChange[];
  contentHash?: string | null;
  matchesVersion?: boolean | null;
}

interface Props {
  documentId: string;
  locale: string;
  version: AdminVersion;
  onClose(): void;
  /** Called once the draft has been written, so that the page re-reads what depends on it. */
  onRestored(result: RestoreResult): void;
}

/** The content-manager's edit view of the policy, in the locale restored. */
export const editViewPath = (documentId: string, locale: string) =>
  `/content-manager/collection-types/plugin::privacy-policy.policy/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

const ORDER: RestoreChange['kind'][] = ['policy', 'section', 'processor', 'retention-rule', 'legal-basis'];

const sorted = (changes: RestoreChange[]) => [...changes].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));

/** "Section “Orders” will be overwritten": one sentence per change, before (`plan`) or after (`done`). */
const ChangeList = ({ changes, tense }: { changes: RestoreChange[]; tense: 'plan' | 'done' }) => {
  const t = useTranslate();
  return (
    <Box tag="ul" paddingLeft={5} style={{ listStyle: 'disc' }} data-restore-changes={tense}>
      {sorted(changes).map((change, index) => (
        <li key={`${change.kind}-${change.slug ?? index}-${change.action}`} data-restore-change={`${change.kind}:${change.action}`}>
          <Typography>{t(`restore.${tense}.${change.kind}.${change.action}`, { name: change.name })}</Typography>
        </li>
      ))}
    </Box>
  );
};

/**
 * Restore into draft: loads what the restore would write (nothing is written yet), says it in words,
 * and only on confirmation writes the version's content into the draft. Nothing is published.
 */
export const RestoreDialog = ({ documentId, locale, version, onClose, onRestored }: Props) => {
  const t = useTranslate();
  const format = useFormatDate();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [plan, setPlan] = useState<RestoreResult | null>(null);
  const [result, setResult] = useState<RestoreResult | null>(null);
  const [errors, setErrors] = useState<RuleError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const path = `/privacy-policy/policies/${documentId}/versions/${encodeURIComponent(version.number)}/restore`;

  useEffect(() => {
    get<any>(`${path}?locale=${encodeURIComponent(locale)}`)
      .then(({ data }) => setPlan(data.data))
      .catch((error) => setErrors(ruleErrors(error)));
  }, [get, path, locale]);

  const restore = async () => {
    setSubmitting(true);
    setErrors([]);
    try {
      const { data } = await post<any>(path, { locale });
      setResult(data.data);
      toggleNotification({ type: 'success', message: t('restore.doneToast', { number: version.number }) });
      onRestored(data.data);
    } catch (error) {
      setErrors(ruleErrors(error));
    } finally {
      setSubmitting(false);
    }
  };

  const sharedTouched = (plan?.changes ?? []).some(
    (change) => (change.kind === 'processor' || change.kind === 'retention-rule') && change.action === 'updated',
  );

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content data-restore-dialog={version.number}>
        <Modal.Header closeLabel={t('dialog.close')}>
          <Modal.Title>{t('restore.title', { number: version.number })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {result ? (
              <>
                <Box background="success100" padding={3} hasRadius data-restore-result>
                  <Typography tag="p" fontWeight="semiBold" textColor="success700">
                    {t('restore.done.title', { number: version.number })}
                  </Typography>
                  <Typography tag="p" textColor="neutral800">
                    {result.matchesVersion
                      ? t('restore.done.matches', { number: version.number })
                      : t('restore.done.differs', { number: version.number })}
                  </Typography>
                </Box>
                {result.changes.length > 0 && <ChangeList changes={result.changes} tense="done" />}
                <Typography tag="p">{t('restore.done.next')}</Typography>
              </>
            ) : plan ? (
              <>
                <Typography tag="p">{t('restore.intro', { number: version.number, date: format.day(version.effectiveDate) })}</Typography>
                {plan.changes.length === 0 ? (
                  <Typography tag="p" fontWeight="semiBold" data-restore-nothing>
                    {t('restore.nothing', { number: version.number })}
                  </Typography>
                ) : (
                  <>
                    <Typography tag="p" fontWeight="semiBold">
                      {t('restore.plan.heading', { count: plan.changes.length })}
                    </Typography>
                    <ChangeList changes={plan.changes} tense="plan" />
                    {sharedTouched && (
                      <Box background="warning100" padding={3} hasRadius>
                        <Typography tag="p" textColor="warning700">
                          {t('restore.shared')}
                        </Typography>
                      </Box>
                    )}
                    <Box background="neutral100" padding={3} hasRadius>
                      <Typography tag="p">{t('restore.nothingPublished')}</Typography>
                    </Box>
                  </>
                )}
              </>
            ) : errors.length === 0 ? (
              <Flex gap={2}>
                <Loader small />
                <Typography>{t('restore.loading')}</Typography>
              </Flex>
            ) : null}
            {errors.length > 0 && (
              <Box background="danger100" padding={3} hasRadius data-restore-error>
                <Box tag="ul" paddingLeft={5} style={{ listStyle: 'disc' }}>
                  {errors.map((error, index) => (
                    <li key={index}>
                      <Typography textColor="danger700">{error.message}</Typography>
                    </li>
                  ))}
                </Box>
              </Box>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button size="M" variant="tertiary">
              {result ? t('dialog.close') : t('dialog.cancel')}
            </Button>
          </Modal.Close>
          {result ? (
            <LinkButton size="M" tag={Link} to={editViewPath(documentId, locale)}>
              {t('restore.review')}
            </LinkButton>
          ) : (
            plan &&
            plan.changes.length > 0 && (
              <Button size="M" onClick={restore} loading={submitting}>
                {t('restore.confirm', { number: version.number })}
              </Button>
            )
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
