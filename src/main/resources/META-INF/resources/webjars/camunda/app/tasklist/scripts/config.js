// Tasklist configuration of Capacity Award (replaces the webjar's config.js of Camunda 7.24).
export default {
  app: {
    name: '学会能力提升专项',
    vendor: '武汉市科协'
  },
  // Links to the system's own pages (the society's page, the office's reports) in the menu bar.
  customScripts: ['scripts/own-pages.js'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
