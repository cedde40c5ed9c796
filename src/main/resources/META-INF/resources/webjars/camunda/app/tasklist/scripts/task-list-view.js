// Tasklist as each role works in it: the server names the generic actions the signed-in user
// never needs (/tasklist-view); each becomes a class on <body> that styles/user-styles.css
// hides. The task list opens sorted by deadline: once per browser session, the order Tasklist
// falls back to (newest first) becomes the due date's; an order the user picks afterwards stays.
const DEADLINE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);
const TASKLIST_DEFAULT = JSON.stringify([{sortBy: 'created', sortOrder: 'desc'}]);
const DONE = 'capacity-sorted-by-deadline';

function sortByDeadlineOnce() {
  const hash = window.location.hash || '';
  if (window.sessionStorage.getItem(DONE) || !hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const sorting = params.get('sorting');
  if (sorting && sorting !== TASKLIST_DEFAULT) {
    window.sessionStorage.setItem(DONE, 'chosen');
    return;
  }
  params.set('sorting', DEADLINE_FIRST);
  window.sessionStorage.setItem(DONE, 'yes');
  window.location.replace('#' + path + '?' + params.toString());
}

window.addEventListener('hashchange', sortByDeadlineOnce);
sortByDeadlineOnce();

let viewApplied = false;

// Asked again on every change of route until a signed-in user's answer came (the navbar may
// render on the login page already).
function applyView() {
  if (viewApplied) {
    return;
  }
  fetch('/tasklist-view', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : {signedIn: false, hide: []}))
    .then((view) => {
      if (!view.signedIn || viewApplied) {
        return;
      }
      viewApplied = true;
      (view.hide || []).forEach((action) => document.body.classList.add('capacity-hide-' + action));
      document.body.classList.add('capacity-view-ready');
    })
    .catch(() => {});
}

window.addEventListener('hashchange', applyView);

export default {
  id: 'capacity-task-list-view',
  pluginPoint: 'tasklist.navbar.action',
  priority: 90,
  render: () => {
    applyView();
    sortByDeadlineOnce();
  }
};
