// A menu-bar link from Tasklist to the society's own page, shown to society accounts only
// (the page answers /society/entry with whether the signed-in user acts for a society).
export default {
  id: 'capacity-society-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    fetch('/society/entry', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : {society: false}))
      .then((entry) => {
        if (!entry.society) {
          return;
        }
        const link = document.createElement('a');
        link.href = '/society';
        link.id = 'society-page-link';
        link.className = 'btn btn-default';
        link.textContent = '本学会的申报、草稿和邮件';
        node.appendChild(link);
      })
      .catch(() => {});
  }
};
