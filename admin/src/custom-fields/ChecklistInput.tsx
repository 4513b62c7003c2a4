import { forwardRef } from 'react';
import { Box, Checkbox, Field, Grid, Typography, useComposedRefs } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import { RIGHTS, TRANSFER_MECHANISMS } from '../../../shared/editor-fields/vocabularies';
import { useChoiceName, useEditorTranslate } from './translate';
import type { CustomFieldInputProps } from './types';

/**
 * A checklist of named values, stored as the same array of values as before (["access", "erasure"]).
 * Ticking adds a value at the end and unticking removes it, so the order of the others never changes;
 * a stored value the list does not know stays ticked, under its own name, until it is unticked.
 */
const checklist = (vocabulary: 'rights' | 'transfer-mechanism', values: readonly string[], displayName: string) => {
  const Input = forwardRef<HTMLDivElement, CustomFieldInputProps>(({ name, label, hint, required, disabled, labelAction }, ref) => {
    const field = useField<unknown>(name);
    const focusRef = useFocusInputField<HTMLDivElement>(name);
    const composedRef = useComposedRefs(ref, focusRef);
    const t = useEditorTranslate();
    const choiceName = useChoiceName();
    const stored = Array.isArray(field.value) ? field.value.filter((value): value is string => typeof value === 'string') : [];
    const unknown = stored.filter((value) => !values.includes(value));
    const write = (next: string[]) => field.onChange(name, next.length > 0 ? next : null);
    const labelId = `${name}-label`;
    return (
      <Field.Root name={name} id={name} error={field.error} hint={hint} required={required} data-editor-field={vocabulary}>
        <Field.Label id={labelId} action={labelAction}>
          {label}
        </Field.Label>
        <Box ref={composedRef} tabIndex={-1} role="group" aria-labelledby={labelId}>
          <Grid.Root gap={2} gridCols={2}>
            {[...values, ...unknown].map((value) => (
              <Grid.Item key={value} col={1} s={2}>
                <Checkbox
                  name={`${name}.${value}`}
                  checked={stored.includes(value)}
                  disabled={disabled}
                  onCheckedChange={(checked) =>
                    write(
                      checked === true ? [...stored.filter((other) => other !== value), value] : stored.filter((other) => other !== value),
                    )
                  }
                >
                  <Typography>
                    {values.includes(value) ? choiceName(vocabulary === 'rights' ? 'rights' : 'transfer-mechanism', value) : value}
                  </Typography>
                </Checkbox>
              </Grid.Item>
            ))}
          </Grid.Root>
          {unknown.length > 0 ? (
            <Typography textColor="neutral600">{t('editor.checklist.unknown', { values: unknown.join(', ') })}</Typography>
          ) : null}
        </Box>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  });
  Input.displayName = displayName;
  return Input;
};

export const RightsInput = checklist('rights', RIGHTS, 'RightsInput');
export const TransferMechanismsInput = checklist('transfer-mechanism', TRANSFER_MECHANISMS, 'TransferMechanismsInput');
