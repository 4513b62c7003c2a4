import compliance from './compliance';
import policy from './policy';
import subscription from './subscription';

export default {
  type: 'content-api',
  routes: [...policy, ...compliance, ...subscription],
};
