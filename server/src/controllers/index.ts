import acceptance from './acceptance';
import adminAcceptance from './admin-acceptance';
import adminNotification from './admin-notification';
import adminOverview from './admin-overview';
import adminPolicy from './admin-policy';
import adminSubscriber from './admin-subscriber';
import compliance from './compliance';
import embed from './embed';
import policy from './policy';
import subscription from './subscription';

export default {
  acceptance,
  'admin-acceptance': adminAcceptance,
  'admin-notification': adminNotification,
  'admin-overview': adminOverview,
  'admin-policy': adminPolicy,
  'admin-subscriber': adminSubscriber,
  compliance,
  embed,
  policy,
  subscription,
};
