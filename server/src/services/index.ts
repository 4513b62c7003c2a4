import catalogue from './catalogue';
import clock from './clock';
import compliance from './compliance';
import deliveryWorker from './delivery-worker';
import emails from './emails';
import legalBases from './legal-bases';
import locales from './locales';
import notifications from './notifications';
import policyImport from './policy-import';
import publishedCache from './published-cache';
import rateLimiter from './rate-limiter';
import restore from './restore';
import sectionTree from './section-tree';
import slugs from './slugs';
import snapshot from './snapshot';
import subscriptions from './subscriptions';
import validation from './validation';
import versions from './versions';
import withdrawal from './withdrawal';

export default {
  catalogue,
  clock,
  compliance,
  'delivery-worker': deliveryWorker,
  emails,
  'legal-bases': legalBases,
  locales,
  notifications,
  'policy-import': policyImport,
  'published-cache': publishedCache,
  'rate-limiter': rateLimiter,
  restore,
  'section-tree': sectionTree,
  slugs,
  snapshot,
  subscriptions,
  validation,
  versions,
  withdrawal,
};
