import styled from 'styled-components';
import { Box } from '@strapi/design-system';

/**
 * The design system sets form labels, hints and errors at 12 px (the admin's root size is 10 px); inside
 * this wrapper they are 14 px, like the rest of the plugin's text. The fields' accessibility wiring
 * (label for, aria-describedby to the hint or error) is the design system's own, unchanged.
 */
export const ReadableFields = styled(Box)`
  label,
  [id$='-hint'],
  [id$='-error'] {
    font-size: 1.4rem;
    line-height: 2rem;
  }
`;
