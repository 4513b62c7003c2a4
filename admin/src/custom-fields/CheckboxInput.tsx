import { forwardRef } from 'react';
import { Box, Checkbox, Field, Flex, Typography, useComposedRefs } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import type { CustomFieldInputProps } from './types';

/**
 * A yes-or-no field as a tick box with its question beside it ("☑ Named in the policy"), in place of the
 * content manager's FALSE / TRUE switch. Stored as the same boolean.
 */
const CheckboxInput = forwardRef<HTMLDivElement, CustomFieldInputProps>(({ name, label, hint, required, disabled, labelAction }, ref) => {
  const field = useField<boolean | null>(name);
  const focusRef = useFocusInputField<HTMLDivElement>(name);
  const composedRef = useComposedRefs(ref, focusRef);
  return (
    <Field.Root name={name} id={name} error={field.error} hint={hint} required={required} data-editor-field="checkbox">
      <Box ref={composedRef} tabIndex={-1} paddingTop={2}>
        <Checkbox
          name={name}
          checked={field.value === true}
          disabled={disabled}
          onCheckedChange={(checked) => field.onChange(name, checked === true)}
        >
          <Flex tag="span" gap={1}>
            <Typography fontWeight="bold">{label}</Typography>
            {labelAction}
          </Flex>
        </Checkbox>
      </Box>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

CheckboxInput.displayName = 'CheckboxInput';

export default CheckboxInput;
