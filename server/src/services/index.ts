import acceptances from './acceptances';
import catalogue from './catalogue';
import clock from './clock';
import compliance from './compliance';
import deliverySender from './delivery-sender';
import deliveryStore from './delivery-store';
import deliveryWorker from './delivery-worker';
import embedScript from './embed-script';
import emails from './emails';
import legalBases from './legal-bases';
import locales from './locales';
import notificationFanout from './notification-fanout';
import notifications from './notifications';
import policyImport from './policy-import';
import policyOverview from './policy-overview';
import policyTree from './policy-tree';
import publicAnswers from './public-answers';
import publishedCache from './published-cache';
import rateLimiter from './rate-limiter';
import restore from './restore';
import sectionTree from './section-tree';
import slugs from './slugs';
import snapshot from './snapshot';
import subscriberAdmin from './subscriber-admin';
import subscriptions from './subscriptions';
import validation from './validation';
import publishing from './publishing';
import versionHistory from './version-history';
import versionRecorder from './version-recorder';

export default {
  acceptances,
  catalogue,
  clock,
  compliance,
  'delivery-sender': deliverySender,
  'delivery-store': deliveryStore,
  'delivery-worker': deliveryWorker,
  'embed-script': embedScript,
  emails,
  'legal-bases': legalBases,
  locales,
  'notification-fanout': notificationFanout,
  notifications,
  'policy-import': policyImport,
  'policy-overview': policyOverview,
  'policy-tree': policyTree,
  'public-answers': publicAnswers,
  'published-cache': publishedCache,
  'rate-limiter': rateLimiter,
  restore,
  'section-tree': sectionTree,
  slugs,
  snapshot,
  'subscriber-admin': subscriberAdmin,
  subscriptions,
  validation,
  publishing,
  'version-history': versionHistory,
  'version-recorder': versionRecorder,
};
