// Errors on Tasklist's forms in Chinese and where the user is.
//
// 1. form-js (Camunda Forms) has no translation hook in 7.24: its own messages ("Field is
//    required.", min/max, length, pattern, e-mail, decimals) and placeholders ("Select",
//    "Search", "No results") are rewritten in Chinese as they appear. Only these English texts
//    are touched; every Chinese message (ours, the date fields') stays as it is.
// 2. A refused submission (the server's 400, "提交未成功：理由一；理由二") is not left at the top
//    of the form: each reason is shown beside the field whose label it quotes, and all of them
//    right above the submit buttons, where the user clicked. A field's reason goes when the field
//    is changed, and all of them when the form is submitted again.

const REFUSAL_PREFIX = '提交未成功：';

const MESSAGES = [
  [/^Field is required\.?$/, () => '此项必填'],
  [/^Field must have minimum value of (.+?)\.?$/, (m) => `不能小于 ${m[1]}`],
  [/^Field must have maximum value of (.+?)\.?$/, (m) => `不能大于 ${m[1]}`],
  [/^Field must have minimum length of (\d+)\.?$/, (m) => `至少 ${m[1]} 个字`],
  [/^Field must have maximum length of (\d+)\.?$/, (m) => `不能超过 ${m[1]} 个字`],
  [/^Field must match pattern [\s\S]*$/, () => '格式不正确，请按说明填写'],
  [/^Field must be a valid email\.?$/, () => '请填写有效的邮箱地址，例如 name@example.cn'],
  [/^Field must be a valid\s+international phone number[\s\S]*$/, () => '请填写有效的电话号码，例如 +862785551234'],
  [/^Value is not a number\.?$/, () => '请填写数字'],
  [/^Value is expected to be an integer\.?$/, () => '请填写整数'],
  [/^Value is expected to have at most (\d+) decimal digits?\.?$/, (m) => `最多 ${m[1]} 位小数`],
  [/^Please select a valid value, the two nearest valid values are (\S+) and (\S+?)\.?$/,
    (m) => `请填写有效的数值，最接近的两个有效值是 ${m[1]} 和 ${m[2]}`],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No results$/, () => '无匹配项'],
  [/^Add new$/, () => '添加一行'],
  [/^Collapse$/, () => '收起'],
  [/^Expand$/, () => '展开']
];

const TITLES = {
  'Remove item': '删除此行',
  'Remove tag': '移除',
  'Delete item': '删除此行',
  'Create new list item': '添加一行',
  'Toggle list item': '展开或收起',
  'Toggle section': '展开或收起',
  'Section contains an error': '此部分有需要修改的内容',
  'Section contains data': '此部分已填写内容',
  'Clear content': '清空'
};

function chinese(text) {
  const trimmed = text.trim();
  for (const [pattern, translate] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, translate(match));
    }
  }
  return null;
}

function translateText(node) {
  if (!node.parentElement || !node.parentElement.closest('.fjs-container')) {
    return;
  }
  const translated = chinese(node.nodeValue);
  if (translated !== null && translated !== node.nodeValue) {
    node.nodeValue = translated;
  }
}

function translateAttributes(element) {
  if (!element.closest || !element.closest('.fjs-container')) {
    return;
  }
  const placeholder = element.getAttribute('placeholder');
  const translated = placeholder && chinese(placeholder);
  if (translated) {
    element.setAttribute('placeholder', translated);
  }
  const title = element.getAttribute('title');
  if (title && TITLES[title]) {
    element.setAttribute('title', TITLES[title]);
  }
  const label = element.getAttribute('aria-label');
  if (label && TITLES[label]) {
    element.setAttribute('aria-label', TITLES[label]);
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  root.querySelectorAll('[placeholder], [title], [aria-label]').forEach(translateAttributes);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    translateText(text);
  }
}

// ---- a refused submission, beside the fields ----

/** The label's words a reason may quote: the label as shown, and without its "（元）" or "(C1)". */
function labelWords(field) {
  const label = field.querySelector(':scope > label, :scope > .fjs-form-field-label, label.fjs-form-field-label');
  if (!label) {
    return [];
  }
  const whole = label.textContent.replace(/\*\s*$/, '').replace(/\s+/g, ' ').trim();
  const core = whole.replace(/[（(][^）)]*[）)]\s*$/, '').trim();
  return [...new Set([whole, core])].filter((words) => words.length >= 2);
}

/** The fields a reason concerns: those whose label it quotes; of two, not the one inside the other's. */
function fieldsOf(reason, fields) {
  const matches = [];
  fields.forEach((field) => {
    const words = labelWords(field).filter((w) => reason.includes(w)).sort((a, b) => b.length - a.length)[0];
    if (words) {
      matches.push({field, words});
    }
  });
  return matches
    .filter((m) => !matches.some((other) => other !== m && other.words.length > m.words.length && other.words.includes(m.words)))
    .map((m) => m.field);
}

function clearRefusals(scope) {
  scope.querySelectorAll('.capacity-refusal').forEach((node) => node.remove());
  scope.querySelectorAll('.capacity-refused').forEach((node) => node.classList.remove('capacity-refused'));
}

function formOf(alert) {
  const modal = alert.closest('.modal-content');
  if (modal) {
    return modal.querySelector('.fjs-container') ? modal : null;
  }
  const taskForm = [...document.querySelectorAll('[cam-tasklist-form], .task-details, body')]
    .find((candidate) => candidate.querySelector('.fjs-container'));
  return taskForm || null;
}

function whereButtonsAre(scope) {
  const modal = scope.classList && scope.classList.contains('modal-content');
  if (modal) {
    const body = scope.querySelector('.modal-body');
    return {parent: body, before: null, button: scope.querySelector('.modal-footer .btn-primary')};
  }
  const actions = scope.querySelector('.form-actions');
  return actions
    ? {parent: actions.parentElement, before: actions, button: actions.querySelector('.btn-primary')}
    : {parent: scope.querySelector('.fjs-container').parentElement, before: null, button: null};
}

function showRefusal(alert, message) {
  const scope = formOf(alert);
  if (!scope) {
    return;
  }
  alert.classList.add('capacity-refusal-moved');
  clearRefusals(scope);
  const reasons = message.slice(message.indexOf(REFUSAL_PREFIX) + REFUSAL_PREFIX.length)
    .split('；').map((r) => r.trim()).filter((r) => r.length);
  const fields = [...scope.querySelectorAll('.fjs-form-field')]
    .filter((field) => !field.classList.contains('fjs-form-field-text') && !field.classList.contains('fjs-form-field-group')
      && labelWords(field).length);

  const summary = document.createElement('div');
  summary.className = 'capacity-refusal capacity-refusal-summary';
  summary.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = '提交未成功，请修改以下内容后再提交（已填写的内容都还在）：';
  summary.appendChild(title);
  const list = document.createElement('ul');
  summary.appendChild(list);

  reasons.forEach((reason) => {
    const item = document.createElement('li');
    item.textContent = reason;
    list.appendChild(item);
    const concerned = fieldsOf(reason, fields);
    item.capacityFields = concerned;
    concerned.forEach((field) => {
      field.classList.add('capacity-refused');
      const note = document.createElement('div');
      note.className = 'capacity-refusal capacity-refusal-field';
      note.setAttribute('role', 'alert');
      note.textContent = reason;
      field.appendChild(note);
      const fixed = () => {
        note.remove();
        if (!field.querySelector('.capacity-refusal-field')) {
          field.classList.remove('capacity-refused');
        }
        item.capacityFields = item.capacityFields.filter((f) => f !== field);
        if (!item.capacityFields.length && concerned.length) {
          item.remove();
        }
        if (!list.children.length) {
          summary.remove();
        }
      };
      field.addEventListener('input', fixed, {once: true});
      field.addEventListener('change', fixed, {once: true});
    });
  });

  const place = whereButtonsAre(scope);
  place.parent.insertBefore(summary, place.before);
  showTogether(summary, place.button);
}

/** The reasons and the button below them in sight, clear of Tasklist's fixed footer. */
function showTogether(summary, button) {
  (button || summary).scrollIntoView({block: 'center'});
  if (summary.getBoundingClientRect().top < 0) {
    summary.scrollIntoView({block: 'start'});
  }
}

/** form-js refused the submission itself: its messages stand beside the fields; say so above the buttons. */
function showFieldsToFix(alert) {
  const scope = formOf(alert);
  if (!scope) {
    return;
  }
  const labels = [...scope.querySelectorAll('.fjs-form-field')]
    .filter((field) => field.querySelector(':scope > .fjs-form-field-error'))
    .map((field) => labelWords(field)[0]).filter((label) => label);
  if (!labels.length) {
    return;
  }
  alert.classList.add('capacity-refusal-moved');
  clearRefusals(scope);
  const summary = document.createElement('div');
  summary.className = 'capacity-refusal capacity-refusal-summary';
  summary.setAttribute('role', 'alert');
  summary.textContent = '尚未提交：请先修改标红的项目（' + labels.join('、') + '），说明就在各项下方。';
  const place = whereButtonsAre(scope);
  place.parent.insertBefore(summary, place.before);
  showTogether(summary, place.button);
  scope.addEventListener('input', () => {
    if (!scope.querySelector('.fjs-form-field-error')) {
      summary.remove();
    }
  });
}

function watchAlert(alert) {
  if (alert.classList.contains('capacity-refusal-moved')) {
    return;
  }
  const message = alert.querySelector('.message');
  const text = message ? message.textContent.trim() : '';
  if (text.includes(REFUSAL_PREFIX)) {
    showRefusal(alert, text);
  } else if (alert.classList.contains('alert-danger') && (text === '' || text.includes('submission prevented'))) {
    showFieldsToFix(alert);
  }
}

function scan(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const alerts = root.matches('.notifications .alert') ? [root] : [...root.querySelectorAll('.notifications .alert')];
  alerts.forEach(watchAlert);
  const inAlert = root.closest && root.closest('.notifications .alert');
  if (inAlert) {
    watchAlert(inAlert);
  }
}

// A new submission starts clean: the refusal it may get again comes with its own reasons.
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('.modal-footer .btn-primary, .form-actions .btn-primary');
  if (button) {
    const scope = button.closest('.modal-content') || document;
    clearRefusals(scope);
  }
}, true);

function start() {
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = new URL('../styles/form-errors.css', import.meta.url).href;
  document.head.appendChild(styles);

  translateTree(document.body);
  scan(document.body);
  new MutationObserver((changes) => {
    changes.forEach((change) => {
      if (change.type === 'characterData') {
        translateText(change.target);
        const alert = change.target.parentElement && change.target.parentElement.closest('.notifications .alert');
        if (alert) {
          watchAlert(alert);
        }
      } else if (change.type === 'attributes') {
        translateAttributes(change.target);
      } else {
        change.addedNodes.forEach((node) => {
          translateTree(node);
          scan(node.nodeType === Node.TEXT_NODE ? node.parentElement || node : node);
        });
      }
    });
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder', 'title', 'aria-label']
  });
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}

export default [];
