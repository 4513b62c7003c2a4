/** Built-in Mustache templates. {{x}} is HTML-escaped in the html part; text parts are rendered unescaped. */
export const TEMPLATES: Record<'confirmation' | 'notification', Record<'subject' | 'text' | 'html', string>> = {
  confirmation: {
    subject: '{{strings.confirmationSubject}}',
    text: '{{strings.confirmationIntro}}\n\n{{strings.confirmationAction}}: {{{confirmUrl}}}\n\n{{strings.confirmationExpiry}}\n',
    html:
      '<p>{{strings.confirmationIntro}}</p><p><a href="{{confirmUrl}}">{{strings.confirmationAction}}</a></p><p><small>{{strings.confirmationExpiry}}</small></p>',
  },
  notification: {
    subject: '{{strings.notificationSubject}}',
    text:
      '{{strings.notificationIntro}}\n{{#changeSummary}}\n{{strings.notificationSummaryHeading}}: {{changeSummary}}\n{{/changeSummary}}{{#hasChanges}}\n{{strings.notificationChangesHeading}}:\n{{#changes}}- {{.}}\n{{/changes}}{{/hasChanges}}\n{{strings.notificationReadPolicy}}: {{{policyUrl}}}\n{{strings.notificationReadRedline}}: {{{redlineUrl}}}\n\n{{strings.unsubscribe}}: {{{unsubscribeUrl}}}\n',
    html:
      '<p>{{strings.notificationIntro}}</p>{{#changeSummary}}<p><strong>{{strings.notificationSummaryHeading}}:</strong> {{changeSummary}}</p>{{/changeSummary}}{{#hasChanges}}<p><strong>{{strings.notificationChangesHeading}}:</strong></p><ul>{{#changes}}<li>{{.}}</li>{{/changes}}</ul>{{/hasChanges}}<p><a href="{{policyUrl}}">{{strings.notificationReadPolicy}}</a> · <a href="{{redlineUrl}}">{{strings.notificationReadRedline}}</a></p><p><small><a href="{{unsubscribeUrl}}">{{strings.unsubscribe}}</a></small></p>',
  },
};
