package cn.wast.capacity.funds;

import org.springframework.stereotype.Component;

/** Puts the configured expense rules in use for the checks, which are plain static code. */
@Component
class ExpenseRulesInUse {

  ExpenseRulesInUse(ExpenseRulesProperties properties) {
    ExpenseRules.use(properties.rules());
  }
}
