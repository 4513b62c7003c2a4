import type { Core } from '@strapi/strapi';
import Mustache from 'mustache';
import { signUnsubscribeToken } from '../domain/tokens';
import { STRINGS } from '../notifications/strings';
import { TEMPLATES } from '../notifications/templates';
import { formatDate } from '../rendering/labels';
import { escapeHtml } from '../rendering/sanitise';
import type { PrivacyPolicyConfig } from '../config';
import { publicUrlOf } from '../utils/public-url';

export interface OutgoingEmail {
  to: string;
  from?: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId?: string;
}

export interface Recipient {
  id: number;
  email: string;
  locale: string | null;
  unsubscribeSalt: string;
}

export interface NotificationContext {
  policySlug: string;
  /** The version's locale: the email is written in it, and its links ask for it. */
  locale: string;
  policyTitle: string;
  /** The controller's name, from the version's snapshot. */
  organisation: string | null;
  versionNumber: string;
  previousNumber: string | null;
  effectiveDate: string;
  changeSummary: string | null;
  changes: string[];
}

/** An announced version that will not take effect after all. */
export interface WithdrawalContext extends NotificationContext {
  reason: string | null;
}

const unescaped = (template: string, view: object) => Mustache.render(template, view, {}, { escape: (value: string) => value });

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? encodeURIComponent(values[key]) : match));

/** Builds the confirmation and change-notification emails: strings per locale, Mustache templates, links. */
const emails = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.plugin('privacy-policy').config<PrivacyPolicyConfig['email']>('email');

  const publicUrl = () => publicUrlOf(strapi);

  const tokenSecret = () =>
    strapi.plugin('privacy-policy').config<string>('tokenSecret') ||
    (strapi.config.get<string[]>('server.app.keys') ?? [])[0] ||
    'privacy-policy';

  /** The locale an email is written in: the one asked for, else its language ("fr" for "fr-CA"), else the default. */
  const writtenIn = (locale: string | null) => {
    const { defaultLocale, strings } = config();
    const known = (candidate: string | null | undefined): candidate is string =>
      Boolean(candidate && (STRINGS[candidate] || strings[candidate]));
    const language = locale?.split(/[-_]/)[0];
    return known(locale) ? locale : known(language) ? language : defaultLocale;
  };

  const stringsFor = (locale: string | null) => {
    const { defaultLocale, strings } = config();
    const chosen = writtenIn(locale);
    return { ...STRINGS.en, ...STRINGS[defaultLocale], ...strings[defaultLocale], ...STRINGS[chosen], ...strings[chosen] };
  };

  const render = (kind: 'confirmation' | 'notification' | 'withdrawal', view: Record<string, unknown>, locale: string | null) => {
    const strings = Object.fromEntries(Object.entries(stringsFor(locale)).map(([key, value]) => [key, unescaped(value, view)]));
    const templates = { ...TEMPLATES[kind], ...config().templates[kind] };
    const full = { ...view, strings };
    return {
      subject: unescaped(templates.subject, full).trim(),
      // A heading's colon ends its line ("What changes:"), without the space that precedes a value.
      text: unescaped(templates.text, full).replace(/[ \t]+\n/g, '\n'),
      html: Mustache.render(templates.html, full, {}, { escape: escapeHtml }),
    };
  };

  const unsubscribeUrl = (recipient: Recipient) =>
    `${publicUrl()}/api/privacy-policy/subscriptions/unsubscribe?token=${signUnsubscribeToken(tokenSecret(), recipient.id, recipient.unsubscribeSalt)}`;

  const unsubscribeHeaders = (recipient: Recipient) => {
    const url = unsubscribeUrl(recipient);
    const mailto = config().unsubscribeMailto || config().from || strapi.config.get<string>('plugin::email.settings.defaultFrom');
    const token = url.split('token=')[1];
    return {
      url,
      headers: {
        'List-Unsubscribe': [`<${url}>`, mailto ? `<mailto:${mailto}?subject=unsubscribe%20${token}>` : null].filter(Boolean).join(', '),
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  };

  /**
   * Where an email's links lead: pages a reader can read (the standalone printable policy and redline,
   * in the version's language), unless email.policyUrl / email.redlineUrl point at the site's own pages.
   */
  const policyLinks = (context: NotificationContext) => {
    const links = {
      slug: context.policySlug,
      number: context.versionNumber,
      from: context.previousNumber ?? context.versionNumber,
      locale: context.locale,
    };
    const api = `${publicUrl()}/api/privacy-policy/policies/{slug}`;
    return {
      policyUrl: fill(config().policyUrl ?? `${api}?format=printable&version={number}&locale={locale}`, links),
      redlineUrl: fill(config().redlineUrl ?? `${api}/diff?from={from}&to={number}&format=printable&locale={locale}`, links),
      currentPolicyUrl: fill(`${api}?format=printable&locale={locale}`, links),
    };
  };

  return {
    publicUrl,
    tokenSecret,

    /** Tells a subscriber who received the announcement of a version that it will not take effect. */
    withdrawal(recipient: Recipient, context: WithdrawalContext, messageId: string): OutgoingEmail {
      const unsubscribe = unsubscribeHeaders(recipient);
      const view = {
        ...context,
        organisation: context.organisation || null,
        effectiveDate: formatDate(context.effectiveDate, context.locale),
        policyUrl: policyLinks(context).currentPolicyUrl,
        unsubscribeUrl: unsubscribe.url,
      };
      return {
        to: recipient.email,
        from: config().from ?? undefined,
        ...render('withdrawal', view, context.locale),
        headers: unsubscribe.headers,
        messageId,
      };
    },

    confirmation(recipient: Recipient, { token, policyTitle }: { token: string; policyTitle: string | null }): OutgoingEmail {
      const strings = stringsFor(recipient.locale);
      const ttlHours = strapi.plugin('privacy-policy').config<number>('subscriptions.confirmTokenTtlHours');
      const view = {
        locale: writtenIn(recipient.locale),
        // A subscription to every policy (scope "*") has no title: the strings say "our privacy policies".
        allPolicies: policyTitle === null,
        policyTitle: policyTitle ?? strings.allPolicies,
        confirmUrl: `${publicUrl()}/api/privacy-policy/subscriptions/confirm?token=${token}`,
        ttlHours,
        // "1 hour", "48 hours", "48 heures", "48 Stunden": in the email's language, singular or plural.
        ttlDuration: new Intl.NumberFormat(writtenIn(recipient.locale), { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(
          ttlHours,
        ),
      };
      return { to: recipient.email, from: config().from ?? undefined, ...render('confirmation', view, recipient.locale), headers: {} };
    },

    notification(recipient: Recipient, context: NotificationContext, messageId: string): OutgoingEmail {
      const { policyUrl, redlineUrl } = policyLinks(context);
      const unsubscribe = unsubscribeHeaders(recipient);
      const view = {
        ...context,
        organisation: context.organisation || null,
        effectiveDate: formatDate(context.effectiveDate, context.locale),
        hasChanges: context.changes.length > 0,
        policyUrl,
        redlineUrl,
        unsubscribeUrl: unsubscribe.url,
      };
      return {
        to: recipient.email,
        from: config().from ?? undefined,
        ...render('notification', view, context.locale),
        headers: unsubscribe.headers,
        messageId,
      };
    },
  };
};

export default emails;
