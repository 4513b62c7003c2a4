import { forwardRef, useMemo } from 'react';
import { Combobox, ComboboxOption, Field, useComposedRefs } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { countryList } from './countries';
import { useEditorTranslate } from './translate';
import type { CustomFieldInputProps } from './types';

/** One country picked by typing its name, stored as its ISO 3166-1 alpha-2 code ("GB"). */
const CountryInput = forwardRef<HTMLInputElement, CustomFieldInputProps>(({ name, label, hint, required, disabled, labelAction }, ref) => {
  const field = useField<string | null>(name);
  const focusRef = useFocusInputField<HTMLInputElement>(name);
  const composedRef = useComposedRefs(ref, focusRef);
  const t = useEditorTranslate();
  const { locale } = useIntl();
  const { list, byCode } = useMemo(() => countryList(locale), [locale]);
  const code = typeof field.value === 'string' && field.value !== '' ? field.value.toUpperCase() : undefined;
  const unknown = code && !byCode.has(code) ? code : null;
  return (
    <Field.Root name={name} id={name} error={field.error} hint={hint} required={required} data-editor-field="country">
      <Field.Label action={labelAction}>{label}</Field.Label>
      <Combobox
        ref={composedRef}
        autocomplete={{ type: 'list', filter: 'contains' }}
        disabled={disabled}
        placeholder={t('editor.country.search')}
        value={code}
        onChange={(value) => field.onChange(name, value ? value : null)}
        onClear={() => field.onChange(name, null)}
        clearLabel={t('editor.countries.clear')}
        noOptionsMessage={(text) => t('editor.countries.noMatch', { text })}
      >
        {unknown ? <ComboboxOption value={unknown}>{t('editor.countries.unknown', { code: unknown })}</ComboboxOption> : null}
        {list.map((country) => (
          <ComboboxOption key={country.code} value={country.code}>
            {country.name}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

CountryInput.displayName = 'CountryInput';

export default CountryInput;
