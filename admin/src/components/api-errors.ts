/** One rule a refused request broke, as the server lists it in `error.details.errors`. */
export interface RuleError {
  message: string;
  rule?: string;
  path?: string[];
}

/**
 * Every error a 400 carries, not only the first: `details.errors[]` when the server lists them, else
 * the error's message. Works on the admin fetch client's FetchError.
 */
export const ruleErrors = (error: any): RuleError[] => {
  const apiError = error?.response?.data?.error;
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
  const details = error?.response?.data?.error?.details;
  return details && typeof details === 'object' ? details : {};
};
