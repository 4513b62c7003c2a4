module.exports = {
  'privacy-policy': { enabled: true },
};
