import { escapeHtml as e } from './sanitise';

/** A small standalone page for people who click links in emails. */
export const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(
    title,
  )}</title></head><body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5"><h1>${e(title)}</h1>${body}</body></html>`;

export const messagePage = (title: string, message: string) => page(title, `<p>${e(message)}</p>`);

export const unsubscribeConfirmPage = (actionUrl: string, email: string) =>
  page(
    'Unsubscribe',
    `<p>Stop sending policy change emails to <strong>${e(email)}</strong>?</p><form method="post" action="${e(
      actionUrl,
    )}"><button type="submit">Unsubscribe</button></form>`,
  );
