package cn.wast.capacity.accounts;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The engine's password policy ({@code enablePasswordPolicy}), its failed rules said in Chinese. */
@Component
class PasswordRules {

  private final IdentityService identityService;

  PasswordRules(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** What the password lacks, one Chinese sentence per failed rule; empty when it passes. */
  List<String> failures(String password, User user) {
    return identityService.checkPasswordAgainstPolicy(password, user).getViolatedRules().stream()
        .map(PasswordRules::chinese).toList();
  }

  private static String chinese(PasswordPolicyRule rule) {
    String n = first(rule.getParameters());
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "密码至少需要 " + n + " 个字符";
      case "PASSWORD_POLICY_LOWERCASE" -> "密码至少需要 " + n + " 个小写英文字母";
      case "PASSWORD_POLICY_UPPERCASE" -> "密码至少需要 " + n + " 个大写英文字母";
      case "PASSWORD_POLICY_DIGIT" -> "密码至少需要 " + n + " 个数字";
      case "PASSWORD_POLICY_SPECIAL" -> "密码至少需要 " + n + " 个特殊字符（如 !@#$%&*）";
      case "PASSWORD_POLICY_USER_DATA" -> "密码不能包含您的用户名、姓名或电子邮箱";
      default -> "密码不符合密码规则（" + rule.getPlaceholder() + "）";
    };
  }

  private static String first(Map<String, String> parameters) {
    return parameters == null || parameters.isEmpty() ? "1" : parameters.values().iterator().next();
  }
}
