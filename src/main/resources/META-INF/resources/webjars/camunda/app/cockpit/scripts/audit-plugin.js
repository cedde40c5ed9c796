// Cockpit plugin 审计追溯 of Capacity Award: every instance of the programme's processes,
// finished or running, searchable by process, round, society, outcome and state, and the whole
// history of one (activities and who completed them, operation log, variable changes, decisions
// and their reasons, mails, related instances). It reads /audit/instances (the engine's history
// API, as the signed-in user) and builds the page with text nodes only.
const PROCESSES = [['', '全部流程'], ['round', '专项年度评选'], ['review', '申报专家评审'],
  ['application', '学会申报'],
  ['objection', '公示异议处理'], ['implementation', '专项实施'], ['disqualification', '撤销资格']];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'className') node.className = v; else node.setAttribute(k, v);
  });
  children.flat().forEach((c) => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

function table(headers, rows) {
  return el('table', {className: 'table table-bordered table-condensed cam-table'},
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c == null ? '' : String(c)))))));
}

async function load(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || ('HTTP ' + response.status));
  return body;
}

function showTrail(container, id) {
  container.replaceChildren(el('p', {}, '正在加载……'));
  load('/audit/instances/' + encodeURIComponent(id)).then((t) => {
    const i = t.instance;
    container.replaceChildren(
      el('h3', {id: 'audit-trail-title'}, i.processName + ' · ' + (i.businessKey || i.id)),
      el('p', {}, '状态：' + i.state + ' · 结果：' + i.outcome + ' · 开始：' + i.startedAt + '（' + (i.startedBy || '系统') + '） · 结束：' + (i.endedAt || '—') + ' · ',
        el('a', {href: '/audit/instances/' + encodeURIComponent(i.id) + '/trail.csv'}, '下载 CSV'), ' · ',
        el('a', {href: '/audit/instances/' + encodeURIComponent(i.id) + '/print', target: '_blank'}, '打印版')),
      el('h4', {}, '活动'), table(['活动', '类型', '开始', '结束', '办理人'],
        t.activities.map((a) => [a.name, a.type, a.startedAt, a.endedAt, a.completedBy])),
      el('h4', {}, '决定与理由'), table(['决定', '内容'], t.decisions.map((d) => [d.what, d.value])),
      el('h4', {}, '用户操作日志'), table(['时间', '用户', '操作', '对象', '属性', '原值', '新值'],
        t.operations.map((o) => [o.at, o.user, o.operation, o.entity, o.property, o.from, o.to])),
      el('h4', {}, '变量变化'), table(['时间', '变量', '值', '版本'],
        t.variables.map((v) => [v.at, v.label === v.name ? v.name : v.label + '（' + v.name + '）', v.value, v.revision])),
      el('h4', {}, '邮件'), table(['时间', '收件人', '主题', '状态'], t.mails.map((m) => [m.createdAt, m.recipient, m.subject, m.delivery])),
      el('h4', {}, '相关流程'), table(['流程', '业务键', '状态', '结果', '开始'],
        t.related.map((r) => [r.processName, r.businessKey, r.state, r.outcome, r.startedAt])));
  }).catch((e) => container.replaceChildren(el('p', {className: 'text-danger'}, '无法加载：' + e.message)));
}

function render(node) {
  const process = el('select', {id: 'audit-process', className: 'form-control'},
    PROCESSES.map(([v, l]) => el('option', {value: v}, l)));
  const year = el('input', {id: 'audit-year', className: 'form-control', placeholder: '年度，如 2026'});
  const society = el('input', {id: 'audit-society', className: 'form-control', placeholder: '学会代码，如 WHDJ'});
  const outcome = el('input', {id: 'audit-outcome', className: 'form-control', placeholder: '结果，如 不予受理'});
  const state = el('select', {id: 'audit-state', className: 'form-control'},
    el('option', {value: ''}, '全部'), el('option', {value: 'finished'}, '已结束'), el('option', {value: 'running'}, '运行中'));
  const results = el('div', {id: 'audit-results'});
  const trail = el('div', {id: 'audit-trail'});
  const search = el('button', {id: 'audit-search', className: 'btn btn-primary', type: 'submit'}, '查询');
  const form = el('form', {className: 'form-inline', style: 'margin: 12px 0'}, process, ' ', year, ' ', society, ' ', outcome, ' ', state, ' ', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({process: process.value, year: year.value, society: society.value,
      outcome: outcome.value, state: state.value});
    results.replaceChildren(el('p', {}, '正在查询……'));
    load('/audit/instances?' + query).then((found) => {
      const rows = found.map((i) => {
        const open = el('a', {href: '#', 'data-instance': i.id, className: 'audit-open'}, i.businessKey || i.id);
        open.addEventListener('click', (e) => { e.preventDefault(); showTrail(trail, i.id); });
        return el('tr', {}, el('td', {}, open), ...[i.processName, i.state, i.outcome, i.startedAt, i.endedAt]
          .map((c) => el('td', {}, c || '')));
      });
      results.replaceChildren(el('p', {}, '共 ' + found.length + ' 个流程实例（最多显示 500 个）'),
        el('table', {className: 'table table-bordered table-condensed cam-table'},
          el('thead', {}, el('tr', {}, ['业务键', '流程', '状态', '结果', '开始', '结束'].map((h) => el('th', {}, h)))),
          el('tbody', {}, rows)));
    }).catch((e) => results.replaceChildren(el('p', {className: 'text-danger'}, '查询失败：' + e.message)));
  });
  // Cockpit's main area clips its content (overflow: hidden); the page scrolls in a box of its own
  // (styles/user-styles.css), which takes the focus so that the wheel, End and PageDown move it.
  const page = el('div', {id: 'capacity-audit', className: 'container-fluid', tabindex: '-1'},
    el('h2', {}, '审计追溯'),
    el('p', {}, '学会能力提升专项的全部流程实例（已结束和运行中），可按流程、年度、学会、结果和状态查询；点击业务键查看完整历史。'),
    form, results, trail);
  node.replaceChildren(page);
  page.focus({preventScroll: true});
}

export default [
  {
    id: 'capacity-audit-route',
    pluginPoint: 'cockpit.route',
    priority: 1,
    properties: {path: '/audit'},
    render
  },
  {
    id: 'capacity-audit-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {path: '/audit'},
    render: (node) => {
      node.replaceChildren(el('a', {href: '#/audit', id: 'audit-navigation'}, '审计追溯'));
    }
  }
];
