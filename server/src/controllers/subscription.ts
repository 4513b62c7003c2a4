import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messagePage, unsubscribeConfirmPage } from '../rendering/pages';
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

const subscriptionController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService('subscriptions', { strapi });

  return {
    async subscribe(ctx: any) {
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
