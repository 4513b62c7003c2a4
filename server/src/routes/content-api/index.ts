import policy from './policy';

export default {
  type: 'content-api',
  routes: [...policy],
};
