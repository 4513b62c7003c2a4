import type { ReactNode } from 'react';
import { Box, Typography } from '@strapi/design-system';

const TONES = {
  success: { background: 'success100', border: 'success200', text: 'success700' },
  primary: { background: 'primary100', border: 'primary200', text: 'primary700' },
  neutral: { background: 'neutral100', border: 'neutral200', text: 'neutral700' },
  danger: { background: 'danger100', border: 'danger200', text: 'danger700' },
  warning: { background: 'warning100', border: 'warning200', text: 'warning700' },
} as const;

/** A status label readable at a glance: 14 px, not the design system's 11 px capitals of Badge. */
export const StatusTag = ({
  tone,
  children,
  ...rest
}: {
  tone: keyof typeof TONES;
  children: ReactNode;
  [data: `data-${string}`]: string | boolean | undefined;
}) => {
  const colors = TONES[tone];
  return (
    <Box
      tag="span"
      display="inline-block"
      background={colors.background}
      borderColor={colors.border}
      hasRadius
      paddingLeft={2}
      paddingRight={2}
      paddingTop={1}
      paddingBottom={1}
      {...rest}
    >
      <Typography fontWeight="semiBold" textColor={colors.text}>
        {children}
      </Typography>
    </Box>
  );
};
