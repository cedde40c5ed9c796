// Cockpit configuration of Capacity Award (replaces the webjar's config.js of Camunda 7.24).
export default {
  app: {
    name: '学会能力提升专项',
    vendor: '武汉市科协'
  },
  // The auditors' plugin 审计追溯: every instance, finished or running, and its whole history.
  customScripts: ['scripts/audit-plugin.js']
};
