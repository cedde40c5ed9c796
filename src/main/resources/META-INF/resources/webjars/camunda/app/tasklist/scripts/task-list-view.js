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
  // a new route under an open dialog (启动流程) would render its form again and lose what was typed
  if (document.querySelector('.modal.in')) {
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

// A task's history (历史) names who did what by user id: show the person's name instead, as far
// as the signed-in user may read it (the office reads every account's, others their own).
const names = new Map();

function nameOf(userId) {
  if (!names.has(userId)) {
    names.set(userId, fetch('/camunda/api/engine/engine/default/user/' + encodeURIComponent(userId) + '/profile',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : null))
      .then((user) => (user && (user.firstName || user.lastName)
        ? [user.firstName, user.lastName].filter(Boolean).join(' ') : null))
      .catch(() => null));
  }
  return names.get(userId);
}

const PERSON_PROPERTIES = ['办理人', '所有者', 'assignee', 'owner'];

function personCells(root) {
  const cells = Array.from(root.querySelectorAll('.history-pane .operation-user'));
  root.querySelectorAll('.history-pane .event-body .line').forEach((line) => {
    const property = line.querySelector('.event-property');
    if (property && PERSON_PROPERTIES.includes(property.textContent.trim())) {
      cells.push(...line.querySelectorAll('.new-value span, .original-value span'));
    }
  });
  return cells.filter((cell) => !cell.hasAttribute('data-user-id'));
}

function showNamesIn(root) {
  personCells(root).forEach((cell) => {
    const userId = cell.textContent.trim();
    if (!userId) {
      return;
    }
    cell.setAttribute('data-user-id', userId);
    nameOf(userId).then((name) => {
      if (name && cell.textContent.trim() === userId) {
        cell.textContent = name;
      }
    });
  });
}

new MutationObserver(() => showNamesIn(document)).observe(document.documentElement, {childList: true, subtree: true});

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
