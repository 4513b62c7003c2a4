import { useState } from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import styled from 'styled-components';
import { useTranslate } from './use-translate';
import { useQueryErrorNotification } from './api-errors';
import { useGetPolicyDiffQuery } from '../services/api';
import { ReadableFields } from './ReadableFields';

// The admin's root font size is 10 px (62.5%): the redline sets its own, 16 px text, 14 px at the least.
const RedlineBody = styled(Box)`
  font-size: 1.6rem;
  line-height: 1.5;
  color: ${({ theme }) => theme.colors.neutral800};
  max-width: 72rem;
  p,
  li {
    font-size: 1.6rem;
  }
  a {
    color: ${({ theme }) => theme.colors.primary600};
    text-decoration: underline;
  }
  ins {
    background: ${({ theme }) => theme.colors.success100};
    color: ${({ theme }) => theme.colors.success700};
  }
  del {
    background: ${({ theme }) => theme.colors.danger100};
    color: ${({ theme }) => theme.colors.danger700};
  }
  h1 {
    font-size: 2.2rem;
    font-weight: 600;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.8rem;
    font-weight: 600;
    margin-top: 1.6rem;
  }
  li {
    margin-left: 2rem;
    list-style: disc;
  }
`;

interface VersionSelectProps {
  name: string;
  label: string;
  value: string;
  numbers: string[];
  onChange: (value: string) => void;
}

const VersionSelect = ({ name, label, value, numbers, onChange }: VersionSelectProps) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value} onChange={(selected) => onChange(String(selected))}>
      {numbers.map((number) => (
        <SingleSelectOption key={number} value={number}>
          {number}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

/**
 * Pick two versions and read the redline; the HTML comes sanitised from the plugin's diff route. It opens
 * on the latest two versions that count (`active`: not withdrawn); withdrawn ones can still be picked.
 */
export const Redline = ({
  slug,
  locale,
  numbers,
  active = numbers,
}: {
  slug: string;
  locale: string;
  numbers: string[];
  active?: string[];
}) => {
  const t = useTranslate();
  const [from, setFrom] = useState(active[1] ?? numbers[1] ?? numbers[0]);
  const [to, setTo] = useState(active[0] ?? numbers[0]);
  const { currentData: html, error } = useGetPolicyDiffQuery({ slug, locale, from, to }, { skip: !from || !to });
  useQueryErrorNotification(error);

  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <ReadableFields>
        <Flex gap={4} paddingBottom={4} wrap="wrap">
          <VersionSelect name="from" label={t('redline.from')} value={from} numbers={numbers} onChange={setFrom} />
          <VersionSelect name="to" label={t('redline.to')} value={to} numbers={numbers} onChange={setTo} />
        </Flex>
      </ReadableFields>
      {html ? (
        <RedlineBody data-redline dangerouslySetInnerHTML={{ __html: String(html) }} />
      ) : (
        <Typography>{t('redline.empty')}</Typography>
      )}
    </Box>
  );
};
