// Cockpit configuration of Capacity Award (replaces the webjar's config.js of Camunda 7.24).
import shared from '../../shared-config.js';

export default {
  ...shared,
  // The auditors' plugin 审计追溯: every instance, finished or running, and its whole history.
  customScripts: ['scripts/audit-plugin.js']
};
