import acceptance from './acceptance';
import compliance from './compliance';
import embed from './embed';
import policy from './policy';
import subscription from './subscription';

export default {
  type: 'content-api',
  routes: [...policy, ...compliance, ...subscription, ...acceptance, ...embed],
};
