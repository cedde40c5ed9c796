package cn.wast.capacity.society;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

  @Test
  void publishedCodesPass() {
    // Codes as published on business licences and registration certificates.
    assertThat(CreditCode.check("91350100M000100Y43").code()).contains("91350100M000100Y43");
    assertThat(CreditCode.check(" 91110000802100433b ").code()).contains("91110000802100433B");
    assertThat(CreditCode.isValid("911100001000044477")).isTrue();
    assertThat(CreditCode.isValid("51420100MJ00000001".substring(0, 17)
        + CreditCode.checkCharacter("51420100MJ0000000"))).isTrue();
  }

  @Test
  void aWrongCheckCharacterIsRefusedInChinese() {
    assertThat(CreditCode.check("91350100M000100Y44").problem()).contains("统一社会信用代码校验位不符，请核对后重新填写");
    assertThat(CreditCode.isValid("911100001000044478")).isFalse();
  }

  @Test
  void lengthAndAlphabetAreNamed() {
    assertThat(CreditCode.check("9135010").problem()).contains("统一社会信用代码应为18位，现为7位");
    assertThat(CreditCode.check("91350100I000100Y43").problem().orElseThrow()).contains("第9位“I”");
    assertThat(CreditCode.check("").problem()).contains("请填写统一社会信用代码");
    assertThat(CreditCode.check(null).problem()).contains("请填写统一社会信用代码");
  }
}
