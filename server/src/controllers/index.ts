import adminNotification from './admin-notification';
import adminPolicy from './admin-policy';
import adminSubscriber from './admin-subscriber';
import compliance from './compliance';
import policy from './policy';
import subscription from './subscription';

export default {
  'admin-notification': adminNotification,
  'admin-policy': adminPolicy,
  'admin-subscriber': adminSubscriber,
  compliance,
  policy,
  subscription,
};
