// Tasklist as each role works in it: the server names the generic actions the signed-in user
// never needs (/tasklist-view); each becomes a class on <body> that styles/user-styles.css
// hides. The task list is sorted by deadline unless the user chose another order.
const DEADLINE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDeadlineUnlessChosen() {
  const hash = window.location.hash || '#/';
  if (/[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.indexOf('?') >= 0 ? '&' : (hash.endsWith('/') ? '?' : '/?');
  window.history.replaceState(null, '', hash + separator + 'sorting=' + encodeURIComponent(DEADLINE_FIRST));
}

sortByDeadlineUnlessChosen();

export default {
  id: 'capacity-task-list-view',
  pluginPoint: 'tasklist.navbar.action',
  priority: 90,
  render: () => {
    fetch('/tasklist-view', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : {hide: []}))
      .then((view) => {
        (view.hide || []).forEach((action) => document.body.classList.add('capacity-hide-' + action));
        document.body.classList.add('capacity-view-ready');
      })
      .catch(() => {});
  }
};
