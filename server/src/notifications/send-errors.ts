/** SMTP 5xx replies are permanent; 4xx replies, connection and timeout errors are worth retrying. */
export const isPermanentFailure = (error: any) => {
  const code = Number(error?.responseCode);
  return Number.isInteger(code) && code >= 500 && code < 600;
};

/** Exponential backoff with full jitter, in milliseconds. */
export const retryDelayMs = (attempt: number, baseSeconds: number, maxSeconds: number, random = Math.random) => {
  const ceiling = Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, attempt - 1)) * 1000;
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
};

export const describeError = (error: any) =>
  [error?.responseCode, error?.code, error?.response ?? error?.message].filter(Boolean).join(' ').slice(0, 1000) || 'unknown error';
