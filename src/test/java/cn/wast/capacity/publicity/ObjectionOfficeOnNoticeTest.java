package cn.wast.capacity.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** R-SUP-2, issue 19: the public notice states where and by which phone objections are received, and the real-name rule. */
@CapacityTest
class ObjectionOfficeOnNoticeTest {

  @LocalServerPort int port;
  @Autowired PublicityProperties publicity;

  @Test
  void theNoticeStatesTheObjectionOfficeAndTheRealNameRule() {
    PublicityProperties.ObjectionOffice office = publicity.objectionOffice();
    assertThat(office.address()).contains("专项办公室");
    assertThat(office.realNameNotice()).contains("真实姓名");

    Response page = WebappSession.anonymous(port).get("/public/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(
        "异议受理地址：<span id=\"objection-address\">" + office.address() + "</span>",
        "异议受理电话：<span id=\"objection-phone\">" + office.phone() + "</span>",
        "<strong id=\"real-name\">" + office.realNameNotice() + "</strong>");
  }
}
