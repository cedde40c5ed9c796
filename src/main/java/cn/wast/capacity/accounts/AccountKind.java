package cn.wast.capacity.accounts;

import cn.wast.capacity.access.Groups;
import java.util.List;

/** Whom an account is for, with the groups activation puts the user in. */
public enum AccountKind {
  SOCIETY("学会", "学会"),
  EXPERT("专家", "评审专家"),
  OFFICE("办公室", "专项办公室工作人员");

  private final String label;
  private final String mailLabel;

  AccountKind(String label, String mailLabel) {
    this.label = label;
    this.mailLabel = mailLabel;
  }

  /** As the account list shows it: 学会, 专家, 办公室. */
  public String label() {
    return label;
  }

  /** As the activation mail names the account: 学会账号, 评审专家账号. */
  String mailLabel() {
    return mailLabel;
  }

  /** The Camunda groups of an activated account of this kind. */
  List<String> groups(String societyCode) {
    return switch (this) {
      case SOCIETY -> List.of(Groups.SOCIETIES, Groups.ofSociety(societyCode));
      case EXPERT -> List.of(Groups.EXPERTS);
      case OFFICE -> List.of(Groups.OFFICE);
    };
  }
}
