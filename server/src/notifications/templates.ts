/**
 * Built-in Mustache templates. {{x}} is HTML-escaped in the html part; text parts are rendered unescaped.
 * The html part states its language and sets its text at 16 px (the smallest at 14 px), with inline
 * styles because mail clients drop stylesheets; every link is an <a>.
 */
const BODY_STYLE = 'font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em;';
const SMALL_STYLE = 'font-size: 14px; color: #4a4a4a;';
const html = (content: string) => `<div lang="{{locale}}" style="${BODY_STYLE}">${content}</div>`;

export const TEMPLATES: Record<'confirmation' | 'notification' | 'withdrawal', Record<'subject' | 'text' | 'html', string>> = {
  confirmation: {
    subject: '{{strings.confirmationSubject}}',
    text: '{{strings.confirmationIntro}}\n\n{{strings.confirmationAction}}{{strings.colon}}{{{confirmUrl}}}\n\n{{strings.confirmationExpiry}}\n',
    html: html(
      `<p>{{strings.confirmationIntro}}</p><p><a href="{{confirmUrl}}">{{strings.confirmationAction}}</a></p><p style="${SMALL_STYLE}">{{strings.confirmationExpiry}}</p>`,
    ),
  },
  notification: {
    subject: '{{strings.notificationSubject}}',
    // Section tags alone on their line vanish with it: paragraphs stay one blank line apart.
    text: [
      '{{strings.notificationIntro}}',
      '',
      '{{#changeSummary}}',
      '{{strings.notificationSummaryHeading}}{{strings.colon}}{{changeSummary}}',
      '',
      '{{/changeSummary}}',
      '{{#hasChanges}}',
      '{{strings.notificationChangesHeading}}{{strings.colon}}',
      '{{#changes}}',
      '- {{.}}',
      '{{/changes}}',
      '',
      '{{/hasChanges}}',
      '{{strings.notificationReadPolicy}}{{strings.colon}}{{{policyUrl}}}',
      '{{strings.notificationReadRedline}}{{strings.colon}}{{{redlineUrl}}}',
      '',
      '{{strings.unsubscribe}}{{strings.colon}}{{{unsubscribeUrl}}}',
      '',
    ].join('\n'),
    html: html(
      `<p>{{strings.notificationIntro}}</p>{{#changeSummary}}<p><strong>{{strings.notificationSummaryHeading}}{{strings.colon}}</strong>{{changeSummary}}</p>{{/changeSummary}}{{#hasChanges}}<p><strong>{{strings.notificationChangesHeading}}{{strings.colon}}</strong></p><ul>{{#changes}}<li>{{.}}</li>{{/changes}}</ul>{{/hasChanges}}<p><a href="{{policyUrl}}">{{strings.notificationReadPolicy}}</a></p><p><a href="{{redlineUrl}}">{{strings.notificationReadRedline}}</a></p><p style="${SMALL_STYLE}"><a href="{{unsubscribeUrl}}">{{strings.unsubscribe}}</a></p>`,
    ),
  },
  withdrawal: {
    subject: '{{strings.withdrawalSubject}}',
    text: [
      '{{strings.withdrawalIntro}}',
      '',
      '{{#reason}}',
      '{{strings.withdrawalReasonHeading}}{{strings.colon}}{{reason}}',
      '',
      '{{/reason}}',
      '{{strings.withdrawalStillInForce}}{{strings.colon}}{{{policyUrl}}}',
      '',
      '{{strings.unsubscribe}}{{strings.colon}}{{{unsubscribeUrl}}}',
      '',
    ].join('\n'),
    html: html(
      `<p>{{strings.withdrawalIntro}}</p>{{#reason}}<p><strong>{{strings.withdrawalReasonHeading}}{{strings.colon}}</strong>{{reason}}</p>{{/reason}}<p><a href="{{policyUrl}}">{{strings.withdrawalStillInForce}}</a></p><p style="${SMALL_STYLE}"><a href="{{unsubscribeUrl}}">{{strings.unsubscribe}}</a></p>`,
    ),
  },
};
