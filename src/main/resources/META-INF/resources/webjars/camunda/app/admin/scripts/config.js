// Admin configuration of Capacity Award (replaces the webjar's config.js of Camunda 7.24).
import shared from '../../shared-config.js';

export default {
  ...shared
};
