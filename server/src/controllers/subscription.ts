import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messagePage, unsubscribeConfirmPage } from '../rendering/pages';
import { renderSubscribeAnswerPage, type SubscribeOutcome } from '../rendering/archive-page';
import { languageOf } from '../rendering/vocabulary';
import { policyLinks } from '../presentation/public-links';
import { publicUrlOf } from '../utils/public-url';
import { validateSubscribe } from './validation/subscription';
import { getService } from '../utils/get-service';

export const ACCEPTED_SUBSCRIPTION = 'If this address can be subscribed, a confirmation email is on its way. Follow its link to confirm.';

const wantsJson = (ctx: any) => ctx.accepts('html', 'json') === 'json';

const sendPage = (ctx: any, html: string, status = 200) => {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = html;
};

/** Runs a step for someone who clicked a link: a page for a browser, JSON for an API client; 4xx either way. */
const forLinkClick = async (ctx: any, title: string, step: () => Promise<string | { html: string }>) => {
  try {
    const outcome = await step();
    if (typeof outcome !== 'string') return sendPage(ctx, outcome.html);
    if (wantsJson(ctx)) ctx.body = { data: { message: outcome } };
    else sendPage(ctx, messagePage(title, outcome));
  } catch (error) {
    if (wantsJson(ctx) || !(error instanceof errors.ApplicationError)) throw error;
    sendPage(ctx, messagePage(title, error.message), 400);
  }
};

/** A browser's post of an HTML form (the archive page's), as opposed to an API client's JSON. */
const isFormPost = (ctx: any) => Boolean(ctx.request.is('urlencoded', 'multipart')) && !wantsJson(ctx);

/** Why a form post was refused, in words the answer page has in the reader's language. */
const refusalOf = (error: unknown): SubscribeOutcome | null => {
  if (error instanceof errors.RateLimitError) return 'rateLimited';
  if (!(error instanceof errors.ValidationError)) return null;
  const fields = ((error.details as any)?.errors ?? []).map((detail: { path?: string[] }) => detail.path?.[0]);
  return fields.includes('email') ? 'invalidEmail' : 'failed';
};

const subscriptionController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService('subscriptions', { strapi });

  /**
   * The archive page's subscribe form, posted without JavaScript: the same subscription as the JSON route,
   * answered with a page in the form's language that leads back to the archive.
   */
  const subscribeFromForm = async (ctx: any) => {
    const body = ctx.request.body ?? {};
    const language = languageOf(typeof body.locale === 'string' ? body.locale : null);
    const slug = typeof body.policy === 'string' && /^[A-Za-z0-9-_.~]{1,255}$/.test(body.policy) ? body.policy : null;
    const locale = typeof body.locale === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(body.locale) ? body.locale : language;
    const backUrl = slug ? policyLinks(publicUrlOf(strapi), slug, locale).archive() : null;
    let outcome: SubscribeOutcome = 'accepted';
    try {
      await service().subscribe(await validateSubscribe(body), { ip: ctx.request.ip, userAgent: ctx.request.get('user-agent') });
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      outcome = refusal;
    }
    const status = { accepted: 202, invalidEmail: 400, failed: 400, rateLimited: 429 }[outcome];
    sendPage(ctx, renderSubscribeAnswerPage({ locale: language, outcome, backUrl }), status);
  };

  return {
    async subscribe(ctx: any) {
      if (isFormPost(ctx)) return subscribeFromForm(ctx);
      const body = await validateSubscribe(ctx.request.body ?? {});
      await service().subscribe(body, { ip: ctx.request.ip, userAgent: ctx.request.get('user-agent') });
      ctx.status = 202;
      ctx.body = { data: { message: ACCEPTED_SUBSCRIPTION } };
    },

    async confirm(ctx: any) {
      await forLinkClick(ctx, 'Subscription', async () => {
        await service().confirm(ctx.query.token);
        return 'Thank you: your subscription is confirmed. We will email you when the policy changes in a major way.';
      });
    },

    /** GET shows a confirmation button (mail scanners follow GET links); POST unsubscribes. */
    async unsubscribePage(ctx: any) {
      await forLinkClick(ctx, 'Unsubscribe', async () => {
        const subscriber = await service().subscriberForUnsubscribeToken(ctx.query.token);
        return wantsJson(ctx)
          ? 'Send a POST to this URL to unsubscribe.'
          : { html: unsubscribeConfirmPage(ctx.originalUrl, subscriber.email) };
      });
    },

    async unsubscribe(ctx: any) {
      await forLinkClick(ctx, 'Unsubscribe', async () => {
        await service().unsubscribe(ctx.query.token);
        return 'You are unsubscribed: we will not email you about policy changes any more.';
      });
    },
  };
};

export default subscriptionController;
