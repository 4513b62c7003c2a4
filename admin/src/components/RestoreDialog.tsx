import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Box, Button, Flex, LinkButton, Loader, Modal, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useTranslate } from './use-translate';
import { useFormatDate } from './format-date';
import { ruleErrors, RuleError } from './api-errors';
import type { AdminVersion } from './VersionTimeline';
import { policyEditViewPath } from './edit-links';
import { useGetRestorePlanQuery, useRestorePolicyVersionMutation } from '../services/api';
import type { RestoreChange, RestoreResult } from '../../../shared/contracts/admin';

interface Props {
  documentId: string;
  locale: string;
  version: AdminVersion;
  onClose(): void;
}

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
export const RestoreDialog = ({ documentId, locale, version, onClose }: Props) => {
  const t = useTranslate();
  const format = useFormatDate();
  const { toggleNotification } = useNotification();
  const [result, setResult] = useState<RestoreResult | null>(null);
  const [errors, setErrors] = useState<RuleError[]>([]);
  // The plan is read once, when the dialog opens: after the restore it would say "nothing to restore".
  const { data: plan, error: planError } = useGetRestorePlanQuery(
    { documentId, locale, number: version.number },
    { refetchOnMountOrArgChange: true, skip: Boolean(result) },
  );
  const [restoreVersion, { isLoading: submitting }] = useRestorePolicyVersionMutation();
  const shownErrors = planError ? ruleErrors(planError) : errors;

  const restore = async () => {
    setErrors([]);
    try {
      const restored = await restoreVersion({ documentId, locale, number: version.number }).unwrap();
      setResult(restored);
      toggleNotification({ type: 'success', message: t('restore.doneToast', { number: version.number }) });
    } catch (error) {
      setErrors(ruleErrors(error));
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
            ) : shownErrors.length === 0 ? (
              <Flex gap={2}>
                <Loader small />
                <Typography>{t('restore.loading')}</Typography>
              </Flex>
            ) : null}
            {shownErrors.length > 0 && (
              <Box background="danger100" padding={3} hasRadius data-restore-error>
                <Box tag="ul" paddingLeft={5} style={{ listStyle: 'disc' }}>
                  {shownErrors.map((error, index) => (
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
            <LinkButton size="M" tag={Link} to={policyEditViewPath(documentId, locale)}>
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
