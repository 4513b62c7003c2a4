// The admin panel in English, French and German: editors choose their language on the login page or in
// their profile, and the plugin's forms follow it.
export default {
  config: {
    locales: ['fr', 'de'],
  },
};
