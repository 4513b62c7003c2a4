import { forwardRef, useMemo, useState } from 'react';
import { Box, Combobox, ComboboxOption, Field, Flex, IconButton, Typography, useComposedRefs } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { countryList, matchingCountries } from './countries';
import { useEditorTranslate } from './translate';
import type { CustomFieldInputProps } from './types';

/**
 * Countries picked by typing their name in the admin's language, stored as the ISO 3166-1 alpha-2 codes
 * the field always held (["IE", "US"]). A stored code the list does not know is shown and kept.
 */
const CountriesInput = forwardRef<HTMLInputElement, CustomFieldInputProps>(
  ({ name, label, hint, required, disabled, labelAction }, ref) => {
    const field = useField<string[] | null>(name);
    const focusRef = useFocusInputField<HTMLInputElement>(name);
    const composedRef = useComposedRefs(ref, focusRef);
    const t = useEditorTranslate();
    const { locale } = useIntl();
    const { list, byCode } = useMemo(() => countryList(locale), [locale]);
    const [typed, setTyped] = useState('');
    const codes = Array.isArray(field.value) ? field.value.filter((code): code is string => typeof code === 'string') : [];
    const chosen = new Set(codes.map((code) => code.toUpperCase()));
    const options = matchingCountries(list, typed).filter((country) => !chosen.has(country.code));
    const write = (next: string[]) => field.onChange(name, next.length > 0 ? next : null);
    const nameOf = (code: string) => byCode.get(code.toUpperCase()) ?? t('editor.countries.unknown', { code });

    return (
      <Field.Root name={name} id={name} error={field.error} hint={hint} required={required} data-editor-field="countries">
        <Field.Label action={labelAction}>{label}</Field.Label>
        <Combobox
          ref={composedRef}
          autocomplete={{ type: 'none' }}
          disabled={disabled}
          placeholder={t('editor.countries.search')}
          value=""
          textValue={typed}
          onTextValueChange={setTyped}
          onChange={(code) => {
            if (!code) return;
            write([...codes, code]);
            // The combobox shows the picked name in its box once the value is set: empty it for the next country.
            setTimeout(() => setTyped(''), 0);
          }}
          noOptionsMessage={(text) => t('editor.countries.noMatch', { text })}
        >
          {options.map((country) => (
            <ComboboxOption key={country.code} value={country.code}>
              {country.name}
            </ComboboxOption>
          ))}
        </Combobox>
        {codes.length > 0 ? (
          <Flex tag="ul" wrap="wrap" gap={2} data-chosen-countries>
            {codes.map((code) => (
              <Flex
                tag="li"
                key={code}
                gap={1}
                paddingLeft={3}
                paddingRight={1}
                hasRadius
                background="primary100"
                borderColor="primary200"
                data-country={code.toUpperCase()}
              >
                <Typography textColor="primary700" data-country-name>
                  {nameOf(code)}
                </Typography>
                <IconButton
                  variant="ghost"
                  withTooltip={false}
                  disabled={disabled}
                  label={t('editor.countries.remove', { country: nameOf(code) })}
                  onClick={() => write(codes.filter((other) => other !== code))}
                >
                  <Cross />
                </IconButton>
              </Flex>
            ))}
          </Flex>
        ) : (
          <Box>
            <Typography textColor="neutral600">{t('editor.countries.none')}</Typography>
          </Box>
        )}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

CountriesInput.displayName = 'CountriesInput';

export default CountriesInput;
