// Links in Tasklist's menu bar to the system's own pages the signed-in user may open: the
// society's page for society accounts, the reports for the office (the server decides: /navigation).
export default {
  id: 'capacity-own-pages',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    node.style.whiteSpace = 'nowrap';
    fetch('/navigation', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : []))
      .then((links) => {
        links.forEach((entry) => {
          const link = document.createElement('a');
          link.href = entry.href;
          link.id = entry.id;
          link.className = 'btn btn-default';
          link.style.display = 'inline-block';
          link.style.marginRight = '6px';
          link.textContent = entry.label;
          node.appendChild(link);
        });
      })
      .catch(() => {});
  }
};
