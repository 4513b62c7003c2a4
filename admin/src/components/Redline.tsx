import { useEffect, useState } from 'react';
import { Box, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import styled from 'styled-components';
import { useTranslate } from './use-translate';

const RedlineBody = styled(Box)`
  ins {
    background: ${({ theme }) => theme.colors.success100};
    color: ${({ theme }) => theme.colors.success700};
  }
  del {
    background: ${({ theme }) => theme.colors.danger100};
    color: ${({ theme }) => theme.colors.danger700};
  }
  h1 {
    font-size: 1.6rem;
    font-weight: 600;
  }
  h2 {
    font-size: 1.4rem;
    font-weight: 600;
    margin-top: 1.2rem;
  }
  li {
    margin-left: 1.6rem;
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

/** Pick two versions and read the redline; the HTML comes sanitised from the plugin's diff route. */
export const Redline = ({ slug, locale, numbers }: { slug: string; locale: string; numbers: string[] }) => {
  const t = useTranslate();
  const { get } = useFetchClient();
  const [from, setFrom] = useState(numbers[1] ?? numbers[0]);
  const [to, setTo] = useState(numbers[0]);
  const [html, setHtml] = useState('');

  useEffect(() => {
    if (!from || !to) return;
    get(`/api/privacy-policy/policies/${slug}/diff?from=${from}&to=${to}&format=html&locale=${encodeURIComponent(locale)}`, { responseType: 'text' } as any)
      .then(({ data }) => setHtml(String(data)))
      .catch(() => setHtml(''));
  }, [get, slug, locale, from, to]);

  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Flex gap={4} paddingBottom={4}>
        <VersionSelect name="from" label={t('redline.from')} value={from} numbers={numbers} onChange={setFrom} />
        <VersionSelect name="to" label={t('redline.to')} value={to} numbers={numbers} onChange={setTo} />
      </Flex>
      {html ? (
        <RedlineBody data-redline dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <Typography>{t('redline.empty')}</Typography>
      )}
    </Box>
  );
};
