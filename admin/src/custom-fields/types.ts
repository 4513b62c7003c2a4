import type { ReactNode } from 'react';

/**
 * What the content manager passes a custom field's input (InputRenderer): the layout's field (label,
 * help, placeholder, required, the schema attribute) and the form field. The inputs read and write the
 * form through `useField(name)`.
 */
export interface CustomFieldInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  labelAction?: ReactNode;
  attribute: {
    type: string;
    customField?: string;
    enum?: string[];
    options?: { choices?: string };
    [other: string]: unknown;
  };
}
