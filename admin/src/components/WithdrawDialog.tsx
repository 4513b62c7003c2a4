import { useState } from 'react';
import { Box, Button, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useTranslate } from './use-translate';
import { useFormatDate } from './format-date';
import { ruleErrors, RuleError } from './api-errors';
import { ReadableFields } from './ReadableFields';
import type { AdminVersion } from './VersionTimeline';
import { useWithdrawPolicyVersionMutation } from '../services/api';

interface Props {
  documentId: string;
  locale: string;
  version: AdminVersion;
  /** A later version, not withdrawn, that holds this one's changes: it has to be withdrawn first. */
  blockedBy: string | null;
  onClose(): void;
  onWithdrawn(): void;
}

/**
 * Confirms a withdrawal: what it does, in plain words, and the reason, which the subscribers who were
 * told of the version receive. The server's refusal, if any, is shown in the dialog.
 */
export const WithdrawDialog = ({ documentId, locale, version, blockedBy, onClose, onWithdrawn }: Props) => {
  const t = useTranslate();
  const format = useFormatDate();
  const [withdrawVersion] = useWithdrawPolicyVersionMutation();
  const { toggleNotification } = useNotification();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<RuleError[]>([]);
  const announced = version.changeType === 'major';

  const withdraw = async () => {
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    setSubmitting(true);
    setErrors([]);
    try {
      const result = await withdrawVersion({ documentId, number: version.number, reason: reason.trim(), locale }).unwrap();
      toggleNotification({
        type: 'success',
        message: result.notificationId
          ? t('withdraw.doneNotified', { number: version.number })
          : t('withdraw.done', { number: version.number }),
      });
      onWithdrawn();
    } catch (error) {
      setErrors(ruleErrors(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content style={{ maxWidth: '64rem' }} data-withdraw-dialog={version.number}>
        <Modal.Header closeLabel={t('dialog.close')}>
          <Modal.Title>{t('withdraw.title', { number: version.number })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {blockedBy ? (
              <Box background="warning100" padding={3} hasRadius data-withdraw-blocked>
                <Typography tag="p" textColor="warning700">
                  {t('withdraw.blocked', { number: version.number, later: blockedBy })}
                </Typography>
              </Box>
            ) : (
              <>
                <Box tag="ul" paddingLeft={5} style={{ listStyle: 'disc' }}>
                  <li>
                    <Typography>
                      {t('withdraw.consequence.notInEffect', { number: version.number, date: format.day(version.effectiveDate) })}
                    </Typography>
                  </li>
                  <li>
                    <Typography>{t('withdraw.consequence.history')}</Typography>
                  </li>
                  <li>
                    <Typography>{announced ? t('withdraw.consequence.email') : t('withdraw.consequence.noEmail')}</Typography>
                  </li>
                  <li>
                    <Typography>{t('withdraw.consequence.final')}</Typography>
                  </li>
                </Box>
                <ReadableFields>
                  <Field.Root
                    name="withdrawalReason"
                    required
                    error={missingReason ? t('withdraw.reasonMissing') : undefined}
                    hint={announced ? t('withdraw.reasonHint') : t('withdraw.reasonHintMinor')}
                  >
                    <Field.Label>{t('withdraw.reason')}</Field.Label>
                    <Textarea
                      value={reason}
                      onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                        setReason(event.target.value);
                        if (event.target.value.trim()) setMissingReason(false);
                      }}
                    />
                    <Field.Error />
                    <Field.Hint />
                  </Field.Root>
                </ReadableFields>
              </>
            )}
            {errors.length > 0 && (
              <Box background="danger100" padding={3} hasRadius data-withdraw-error>
                <Typography tag="p" fontWeight="semiBold" textColor="danger700">
                  {t('withdraw.refused')}
                </Typography>
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
              {t('dialog.cancel')}
            </Button>
          </Modal.Close>
          {!blockedBy && (
            <Button size="M" variant="danger" onClick={withdraw} loading={submitting}>
              {t('withdraw.confirm', { number: version.number })}
            </Button>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
