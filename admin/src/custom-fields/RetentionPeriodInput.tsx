import { forwardRef, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography, useComposedRefs } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import {
  parseSimplePeriod,
  PERIOD_UNITS,
  PeriodUnit,
  periodInMonths,
  periodInWords,
  periodParts,
  readAmount,
  storedPeriod,
} from '../../../shared/editor-fields/period';
import { useEditorTranslate } from './translate';
import type { CustomFieldInputProps } from './types';

type Mode = 'edit' | 'keep' | 'unreadable';

interface State {
  mode: Mode;
  amount: string;
  unit: PeriodUnit;
}

/** How the input shows a stored value: as a number and a unit when it is one, else kept as it is. */
const stateOf = (value: unknown, unit: PeriodUnit): State => {
  const stored = typeof value === 'string' ? value.trim() : '';
  if (stored === '') return { mode: 'edit', amount: '', unit };
  const simple = parseSimplePeriod(stored);
  if (simple) return { mode: 'edit', amount: String(simple.amount), unit: simple.unit };
  return { mode: periodParts(stored) ? 'keep' : 'unreadable', amount: '', unit };
};

/**
 * A retention period as a whole number and a unit (days, weeks, months, years), shown in words
 * ("6 years") and stored as the ISO 8601 duration the field always held (P6Y). A stored period the two
 * boxes cannot express (P1Y6M) is shown in words and kept unless the editor chooses to change it.
 */
const RetentionPeriodInput = forwardRef<HTMLInputElement, CustomFieldInputProps>(
  ({ name, label, hint, required, disabled, labelAction }, ref) => {
    const field = useField<string | null>(name);
    const focusRef = useFocusInputField<HTMLInputElement>(name);
    const composedRef = useComposedRefs(ref, focusRef);
    const t = useEditorTranslate();
    const { locale } = useIntl();
    const [state, setState] = useState<State>(() => stateOf(field.value, 'years'));
    const written = useRef<unknown>(field.value);

    // The form's value changed without us (a save, a language switch, a discard): show it.
    useEffect(() => {
      if ((field.value ?? null) !== (written.current ?? null)) {
        written.current = field.value;
        setState((current) => stateOf(field.value, current.unit));
      }
    }, [field.value]);

    const write = (amount: string, unit: PeriodUnit) => {
      setState({ mode: 'edit', amount, unit });
      const stored = storedPeriod(amount, unit);
      written.current = stored;
      field.onChange(name, stored);
    };

    const unitName = (unit: PeriodUnit) => t(`editor.period.unit.${unit}`);
    const read = readAmount(state.amount);
    const problem =
      state.mode === 'edit' && 'problem' in read
        ? t(`editor.period.problem.${read.problem}`, { text: state.amount.trim(), unit: unitName(state.unit) })
        : null;
    const stored = typeof field.value === 'string' ? field.value : null;
    const words = stored ? periodInWords(stored, locale) : null;
    const months = periodInMonths(stored);

    return (
      <Field.Root name={name} id={name} error={problem ?? field.error} hint={hint} required={required} data-editor-field="retention-period">
        <Field.Label action={labelAction}>{label}</Field.Label>
        {state.mode === 'keep' ? (
          <Flex direction="column" alignItems="flex-start" gap={2} data-period-kept>
            <Typography>{t('editor.period.complex', { duration: words ?? '', iso: stored ?? '' })}</Typography>
            <Flex gap={2} wrap="wrap">
              {months !== null ? (
                <Button variant="secondary" disabled={disabled} onClick={() => write(String(months), 'months')}>
                  {t('editor.period.asMonths', { months })}
                </Button>
              ) : null}
              <Button variant="tertiary" disabled={disabled} onClick={() => setState({ mode: 'edit', amount: '', unit: state.unit })}>
                {t('editor.period.replace')}
              </Button>
            </Flex>
          </Flex>
        ) : (
          <>
            {state.mode === 'unreadable' ? (
              <Typography textColor="danger600">{t('editor.period.invalid', { iso: stored ?? '' })}</Typography>
            ) : null}
            <Flex gap={2} alignItems="flex-start">
              <Box width="10rem">
                <TextInput
                  ref={composedRef}
                  inputMode="numeric"
                  value={state.amount}
                  disabled={disabled}
                  onChange={(event: ChangeEvent<HTMLInputElement>) => write(event.target.value, state.unit)}
                />
              </Box>
              <Box flex="1">
                <Field.Root name={`${name}-unit`} id={`${name}-unit`}>
                  <SingleSelect
                    aria-label={t('editor.period.unit')}
                    value={state.unit}
                    disabled={disabled}
                    onChange={(unit) => {
                      const next = unit as PeriodUnit;
                      if (state.amount.trim() === '') setState({ ...state, unit: next });
                      else write(state.amount, next);
                    }}
                  >
                    {PERIOD_UNITS.map((unit) => (
                      <SingleSelectOption key={unit} value={unit}>
                        {unitName(unit)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
            </Flex>
            {problem ? (
              <Typography textColor="danger600" data-period-problem role="alert">
                {problem}
              </Typography>
            ) : 'amount' in read && words ? (
              <Typography fontWeight="semiBold" data-period-words>
                {t('editor.period.inWords', { duration: words })}
              </Typography>
            ) : 'empty' in read && state.mode === 'edit' ? (
              <Typography textColor="neutral600">{t('editor.period.none')}</Typography>
            ) : null}
          </>
        )}
        <Field.Hint />
        {problem ? null : <Field.Error />}
      </Field.Root>
    );
  },
);

RetentionPeriodInput.displayName = 'RetentionPeriodInput';

export default RetentionPeriodInput;
