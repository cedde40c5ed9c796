package cn.wast.capacity.accounts;

import java.util.List;
import java.util.Optional;

/**
 * What became of setting a password with a link: done (with the account), refused for the link
 * ({@code linkProblem}), or refused for the password ({@code passwordProblems}, in Chinese).
 */
public record Activation(Optional<Account> account, Optional<LinkProblem> linkProblem, List<String> passwordProblems) {

  static Activation done(Account account) {
    return new Activation(Optional.of(account), Optional.empty(), List.of());
  }

  static Activation refused(LinkProblem problem) {
    return new Activation(Optional.empty(), Optional.of(problem), List.of());
  }

  static Activation invalid(List<String> problems) {
    return new Activation(Optional.empty(), Optional.empty(), List.copyOf(problems));
  }

  public boolean done() {
    return account.isPresent();
  }
}
