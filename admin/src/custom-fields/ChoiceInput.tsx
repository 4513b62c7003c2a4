import { forwardRef } from 'react';
import { Field, SingleSelect, SingleSelectOption, useComposedRefs } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import { useChoiceName, useEditorTranslate } from './translate';
import type { CustomFieldInputProps } from './types';

/**
 * A schema enumeration shown by the names of its values ("EU–US Data Privacy Framework", not
 * "data-privacy-framework"). The values are the attribute's own `enum`, so Strapi keeps refusing any
 * other value; the names come from the vocabulary in the attribute's `options.choices`.
 */
const ChoiceInput = forwardRef<HTMLDivElement, CustomFieldInputProps>(
  ({ name, label, hint, required, disabled, labelAction, attribute }, ref) => {
    const field = useField<string | null>(name);
    const focusRef = useFocusInputField<HTMLDivElement>(name);
    const composedRef = useComposedRefs(ref, focusRef);
    const t = useEditorTranslate();
    const choiceName = useChoiceName();
    const vocabulary = attribute.options?.choices;
    const values = attribute.enum ?? [];
    return (
      <Field.Root name={name} id={name} error={field.error} hint={hint} required={required} data-editor-field="choice">
        <Field.Label action={labelAction}>{label}</Field.Label>
        <SingleSelect
          ref={composedRef}
          value={field.value ?? ''}
          disabled={disabled}
          placeholder={t('editor.choice.placeholder')}
          onChange={(value) => field.onChange(name, value === '' ? null : String(value))}
        >
          {required ? null : <SingleSelectOption value="">{t('editor.choice.none')}</SingleSelectOption>}
          {values.map((value) => (
            <SingleSelectOption key={value} value={value}>
              {choiceName(vocabulary, value)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

ChoiceInput.displayName = 'ChoiceInput';

export default ChoiceInput;
