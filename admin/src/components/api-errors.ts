import { useCallback, useEffect } from 'react';
import { useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';

/** One rule a refused request broke, as the server lists it in `error.details.errors`. */
export interface RuleError {
  message: string;
  rule?: string;
  path?: string[];
}

/**
 * The `{ name, message, details, status }` error of an answer: RTK Query hands it over as it is, the
 * fetch client inside a FetchError's `response.data.error`.
 */
const apiErrorOf = (error: any): any =>
  error?.response?.data?.error ?? (error && typeof error === 'object' && 'message' in error ? error : null);

/**
 * Every error a 400 carries, not only the first: `details.errors[]` when the server lists them, else
 * the error's message.
 */
export const ruleErrors = (error: any): RuleError[] => {
  const apiError = apiErrorOf(error);
  const listed = apiError?.details?.errors;
  if (Array.isArray(listed) && listed.length) {
    return listed.map((entry: any) => ({
      message: String(entry?.message ?? ''),
      rule: entry?.rule,
      path: Array.isArray(entry?.path) ? entry.path : undefined,
    }));
  }
  return [{ message: String(apiError?.message ?? error?.message ?? error) }];
};

/** The `details` object of a refused request (the publish refusal adds classification, compliance and pendingVersion). */
export const errorDetails = (error: any): Record<string, any> => {
  const details = apiErrorOf(error)?.details;
  return details && typeof details === 'object' ? details : {};
};

/**
 * Shows an error in Strapi's notification, worded by Strapi's `useAPIErrorHandler` (the server's message,
 * or a translated one when Strapi knows the error).
 */
export const useErrorNotification = () => {
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  return useCallback(
    (error: unknown) => {
      const apiError = apiErrorOf(error);
      const message = apiError ? formatAPIError({ response: { data: { error: apiError } } } as any) : String(error);
      toggleNotification({ type: 'danger', message });
    },
    [formatAPIError, toggleNotification],
  );
};

/** A query's error, shown once when it happens: never swallowed. */
export const useQueryErrorNotification = (error: unknown) => {
  const notify = useErrorNotification();
  useEffect(() => {
    if (error) notify(error);
  }, [error, notify]);
};
