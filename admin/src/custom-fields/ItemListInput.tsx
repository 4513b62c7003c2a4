import { forwardRef, useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { Box, Button, Field, Flex, IconButton, TextInput, Typography, useComposedRefs } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Plus, Trash } from '@strapi/icons';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import { useEditorTranslate } from './translate';
import type { CustomFieldInputProps } from './types';

interface Row {
  key: number;
  text: string;
}

/** The texts the form holds for a list: the non-empty ones, in order; null for none. */
const storedItems = (rows: Row[]) => {
  const items = rows.map((row) => row.text).filter((text) => text.trim() !== '');
  return items.length > 0 ? items : null;
};

const sameItems = (left: unknown, right: unknown) => JSON.stringify(left ?? null) === JSON.stringify(right ?? null);

/**
 * A list of short texts (data collected, data shared, sources, criteria, law references): add, edit,
 * remove and reorder items, stored as the same array of strings as before. Empty rows stay on screen
 * while the editor types but are left out of the stored list, so a save never sends an empty item.
 */
const ItemListInput = forwardRef<HTMLDivElement, CustomFieldInputProps>(
  ({ name, label, hint, required, disabled, labelAction, placeholder }, ref) => {
    const field = useField<unknown>(name);
    const focusRef = useFocusInputField<HTMLDivElement>(name);
    const composedRef = useComposedRefs(ref, focusRef);
    const t = useEditorTranslate();
    const nextKey = useRef(0);
    const toRows = (value: unknown): Row[] =>
      (Array.isArray(value) ? value : []).map((item) => ({
        key: nextKey.current++,
        text: typeof item === 'string' ? item : JSON.stringify(item),
      }));
    const [rows, setRows] = useState<Row[]>(() => toRows(field.value));
    const written = useRef<unknown>(field.value);
    const inputs = useRef(new Map<number, HTMLInputElement>());
    const [focusKey, setFocusKey] = useState<number | null>(null);

    // The form's value changed without us (a save, a language switch, a discard): show it.
    useEffect(() => {
      if (!sameItems(field.value, written.current)) {
        written.current = field.value;
        setRows(toRows(field.value));
      }
    }, [field.value]);

    useEffect(() => {
      if (focusKey !== null) {
        inputs.current.get(focusKey)?.focus();
        setFocusKey(null);
      }
    }, [focusKey]);

    const update = (next: Row[]) => {
      setRows(next);
      const stored = storedItems(next);
      if (!sameItems(stored, written.current)) {
        written.current = stored;
        field.onChange(name, stored);
      }
    };
    const addAfter = (index: number) => {
      const row = { key: nextKey.current++, text: '' };
      update([...rows.slice(0, index + 1), row, ...rows.slice(index + 1)]);
      setFocusKey(row.key);
    };
    const move = (index: number, by: -1 | 1) => {
      const next = [...rows];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      update(next);
      setFocusKey(next[index + by].key);
    };
    const hasBlank = rows.some((row) => row.text.trim() === '');

    return (
      <Field.Root name={name} id={name} error={field.error} hint={hint} required={required} data-editor-field="item-list">
        <Field.Label action={labelAction}>{label}</Field.Label>
        <Box ref={composedRef} tabIndex={-1}>
          {rows.length === 0 ? (
            <Typography textColor="neutral600">{t('editor.itemList.empty')}</Typography>
          ) : (
            <Flex tag="ol" direction="column" alignItems="stretch" gap={2} data-items>
              {rows.map((row, index) => {
                const number = index + 1;
                return (
                  <Flex tag="li" key={row.key} gap={2} data-item={number}>
                    <Box flex="1">
                      <TextInput
                        ref={(element: HTMLInputElement | null) => {
                          if (element) inputs.current.set(row.key, element);
                          else inputs.current.delete(row.key);
                        }}
                        aria-label={t('editor.itemList.item', { number })}
                        value={row.text}
                        placeholder={index === 0 ? placeholder : undefined}
                        disabled={disabled}
                        onChange={(event: ChangeEvent<HTMLInputElement>) =>
                          update(rows.map((other) => (other.key === row.key ? { ...other, text: event.target.value } : other)))
                        }
                        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
                          if (event.key === 'Enter') {
                            event.preventDefault();
                            addAfter(index);
                          }
                        }}
                      />
                    </Box>
                    <IconButton
                      variant="ghost"
                      withTooltip={false}
                      label={t('editor.itemList.moveUp', { number })}
                      disabled={disabled || index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <ArrowUp />
                    </IconButton>
                    <IconButton
                      variant="ghost"
                      withTooltip={false}
                      label={t('editor.itemList.moveDown', { number })}
                      disabled={disabled || index === rows.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <ArrowDown />
                    </IconButton>
                    <IconButton
                      variant="ghost"
                      withTooltip={false}
                      label={t('editor.itemList.remove', { number })}
                      disabled={disabled}
                      onClick={() => update(rows.filter((other) => other.key !== row.key))}
                    >
                      <Trash />
                    </IconButton>
                  </Flex>
                );
              })}
            </Flex>
          )}
        </Box>
        <Flex gap={3}>
          <Button variant="secondary" startIcon={<Plus />} disabled={disabled} onClick={() => addAfter(rows.length - 1)}>
            {t('editor.itemList.add')}
          </Button>
          {hasBlank ? <Typography textColor="neutral600">{t('editor.itemList.blank')}</Typography> : null}
        </Flex>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

ItemListInput.displayName = 'ItemListInput';

export default ItemListInput;
