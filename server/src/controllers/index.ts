import adminPolicy from './admin-policy';
import policy from './policy';

export default { 'admin-policy': adminPolicy, policy };
