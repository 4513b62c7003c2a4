const publicRoute = (method: string, path: string, handler: string) => ({ method, path, handler, config: { auth: false } });

export default [
  publicRoute('POST', '/subscriptions', 'subscription.subscribe'),
  publicRoute('GET', '/subscriptions/confirm', 'subscription.confirm'),
  publicRoute('GET', '/subscriptions/unsubscribe', 'subscription.unsubscribePage'),
  publicRoute('POST', '/subscriptions/unsubscribe', 'subscription.unsubscribe'),
];
