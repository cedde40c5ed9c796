// Dates in Tasklist's forms as a Chinese user writes them. Every date field of our forms is a
// form-js text field whose id starts with "Date_" (see form/FormDefinition). Here such a field
// takes 2026-12-10, 2026/12/10, 2026.12.10 and 2026年12月10日 (single digits and full-width
// characters too), is rewritten as 2026-12-10 when the user leaves it, and refuses beside the
// field, in Chinese, a date whose order cannot be told (10/12/2026) or a day the calendar does
// not have (2026-02-30): the same reading and the same words as the server's
// cn.wast.capacity.DateInput. A form with such a date is not submitted. Esc and a click beside a
// form dialog do not close it, so nothing typed is lost; its 关闭 button still does.

const EXAMPLE = '2026-12-10';
const HOW_TO_WRITE = '请按“年-月-日”填写日期，例如 ' + EXAMPLE + '（也可写作 2026年12月10日、2026/12/10 或 2026.12.10）';
const YEAR_FIRST = /^(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)$/;
const ORDER_UNCLEAR = /^(?:\d{1,2}\s*([-/.])\s*\d{1,2}\s*\1\s*\d{2,4}|\d{2}\s*([-/.])\s*\d{1,2}\s*\2\s*\d{1,2})$/;
const DATE_INPUT = 'input.fjs-input[id*="-Date_"]';
const ERROR_CLASS = 'capacity-date-error';

function halfWidth(text) {
  return Array.from(text).map((c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
    return {'－': '-', '—': '-', '–': '-', '／': '/', '．': '.', '。': '.', '\u3000': ' '}[c] || c;
  }).join('');
}

function pad(n) {
  return (n < 10 ? '0' : '') + n;
}

// {date} for a date, {problem} for something that is none, {} for nothing typed
function read(typed) {
  const text = halfWidth(typed || '').trim();
  if (!text) return {};
  const m = YEAR_FIRST.exec(text);
  if (m) {
    const year = parseInt(m[1], 10);
    const month = parseInt(m[3] !== undefined ? m[3] : m[5], 10);
    const day = parseInt(m[4] !== undefined ? m[4] : m[6], 10);
    if (month < 1 || month > 12) return {problem: '没有' + month + '月（月份为1至12），请核对'};
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > length) {
      return {problem: year + '年' + month + '月没有' + day + '日（该月只有' + length + '天），请核对'};
    }
    return {date: m[1] + '-' + pad(month) + '-' + pad(day)};
  }
  if (ORDER_UNCLEAR.test(text)) {
    return {problem: '“' + text + '”看不出年、月、日的次序，请以四位年份开头，按“年-月-日”填写，例如 ' + EXAMPLE};
  }
  return {problem: HOW_TO_WRITE};
}

// a value set the way typing sets it, so that form-js takes it into its state
function setTyped(input, value) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

function field(input) {
  return input.closest('.fjs-form-field') || input.parentElement;
}

function showProblem(input, problem) {
  const place = field(input);
  let error = place.querySelector('.' + ERROR_CLASS);
  if (!problem) {
    if (error) error.remove();
    input.style.borderColor = '';
    input.removeAttribute('aria-invalid');
    return;
  }
  if (!error) {
    error = document.createElement('div');
    error.className = 'fjs-form-field-error ' + ERROR_CLASS;
    error.setAttribute('role', 'alert');
    error.style.color = '#c00';
    error.style.marginTop = '4px';
    const group = input.closest('.fjs-input-group') || input;
    group.insertAdjacentElement('afterend', error);
  }
  error.textContent = problem;
  input.style.borderColor = '#c00';
  input.setAttribute('aria-invalid', 'true');
}

function check(input) {
  const reading = read(input.value);
  if (reading.date && reading.date !== input.value) setTyped(input, reading.date);
  showProblem(input, reading.problem);
  return !reading.problem;
}

function prepare(input) {
  if (input.dataset.chineseDate) return;
  input.dataset.chineseDate = 'true';
  input.placeholder = '例如 ' + EXAMPLE;
  input.setAttribute('inputmode', 'text');
  // 'change' comes before 'blur', on which form-js takes the pending value into its state
  input.addEventListener('change', () => check(input));
  input.addEventListener('input', (event) => {
    if (event.isTrusted) showProblem(input, null);
  });
}

function prepareAll() {
  document.querySelectorAll(DATE_INPUT).forEach(prepare);
}

function openFormDialog() {
  return Array.from(document.querySelectorAll('.modal')).find((m) => m.querySelector('.fjs-form'));
}

// every date of the form in front of the user read again; false (and the first one shown) when one is wrong
function formReady(container) {
  const wrong = Array.from(container.querySelectorAll(DATE_INPUT)).filter((input) => !check(input));
  if (wrong.length) {
    wrong[0].scrollIntoView({block: 'center'});
    wrong[0].focus();
  }
  return !wrong.length;
}

function stop(event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

new MutationObserver(prepareAll).observe(document.documentElement, {childList: true, subtree: true});
prepareAll();

window.addEventListener('click', (event) => {
  const dialog = openFormDialog();
  // a click beside the dialog (on its backdrop) would close it and lose what was typed
  if (dialog && event.target === dialog) {
    stop(event);
    return;
  }
  const button = event.target.closest && event.target.closest('button.btn-primary');
  if (button && !formReady(document)) stop(event);
}, true);

window.addEventListener('submit', (event) => {
  if (event.target.classList && event.target.classList.contains('fjs-form') && !formReady(event.target)) stop(event);
}, true);

window.addEventListener('keydown', (event) => {
  // Tasklist's dialogs close on Esc unless the key is already handled (prevented)
  if ((event.key === 'Escape' || event.key === 'Esc') && openFormDialog()) event.preventDefault();
}, true);
