// 完成 on forms with a dynamic list (Camunda Forms in Tasklist 7.24).
//
// Tasklist disables 完成 while the form-js state it reads after each change holds errors. Once a
// field inside a dynamic list has been edited, form-js leaves an empty entry for it in that state
// ({fieldId: [undefined]}), so Tasklist counted the form as invalid for good, however it was
// filled. On such forms the button follows Tasklist's other reasons only (task removed, completion
// under way); a click still has form-js check the whole form afresh and hold a wrong one back with
// its fields marked red, and the server checks everything again.

function enableCompleteOnListForms() {
  if (typeof angular === 'undefined' || !document.querySelector('.fjs-form-field-dynamiclist, .fjs-repeat-row-container')) {
    return;
  }
  const button = document.querySelector('button.btn-primary[ng-click="complete()"]');
  if (!button) {
    return;
  }
  let scope = angular.element(button).scope();
  while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
    scope = scope.$parent;
  }
  if (!scope || scope.disableCompleteButton.listFormsPatched) {
    return;
  }
  const own = scope;
  const disable = () => own.taskRemoved || own.completeInProgress || (own.options && own.options.disableCompleteButton);
  disable.listFormsPatched = true;
  own.disableCompleteButton = disable;
  own.$applyAsync();
}

new MutationObserver(enableCompleteOnListForms).observe(document.documentElement, {childList: true, subtree: true});
