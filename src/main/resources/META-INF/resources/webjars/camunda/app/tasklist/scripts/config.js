// Tasklist configuration of Capacity Award (replaces the webjar's config.js of Camunda 7.24).
import shared from '../../shared-config.js';

export default {
  ...shared,
  // Links to the system's own pages (the society's page, the office's reports) in the menu bar.
  customScripts: ['scripts/own-pages.js', 'scripts/chinese-dates.js', 'scripts/task-list-view.js', 'scripts/form-errors.js', 'scripts/list-forms-complete.js'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '焦点移到第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '焦点移到列表中的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '焦点移到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开“启动流程”对话框'}
  }
};
