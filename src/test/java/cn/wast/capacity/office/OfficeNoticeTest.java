package cn.wast.capacity.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.EarlierSupport;
import cn.wast.capacity.support.ProcessTestBase;
import cn.wast.capacity.support.ReceivedMails;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 群发通知 (/office/mails/notice) over HTTP: a notice to a round's awardees lands once in each
 * awardee's correspondence and nowhere else, as text; a form posted twice sends once; bad input
 * is refused at its field with nothing stored and the typed values kept.
 */
class OfficeNoticeTest extends ProcessTestBase {

  private static final String OFFICE = "office1";
  private static final String TITLE = "关于报送年度工作总结的通知";
  private static final String TEXT = "请各获奖学会于本月底前报送年度工作总结。\n<script>alert(1)</script> & <b>注意</b>";

  @Autowired ApplicationContext context;
  @Autowired Applications applications;
  @Autowired SocietyRegistry societies;

  private WebappSession office;
  private String page;

  @BeforeEach
  void awardedRound() {
    EarlierSupport.round(context, year())
        .inImplementation("WHJX", 1, Award.AWAITING_PLAN)
        .inImplementation("WHTJ", 2, Award.PLAN_FILED)
        .inImplementation("WHLX", 3, Award.REVOKED);
    applications.insert(new Application(Application.businessKeyOf(year(), "WHSX"), year(), "WHSX", "earlier-WHSX",
        DemoUsers.userOf("WHSX"), now(), ApplicationStatus.RANKED, null, now()));
    EarlierSupport.round(context, year() - 1);
    office = WebappSession.login(port, OFFICE, "demo");
    page = office.get("/office/mails/notice").text();
  }

  private Map<String, String> form(String action, String title, String text, String audience, String year) {
    Map<String, String> fields = new HashMap<>();
    fields.put("_csrf", WebappSession.hiddenField(page, "_csrf").orElseThrow());
    fields.put("noticeKey", WebappSession.hiddenField(page, "noticeKey").orElseThrow());
    fields.put("action", action);
    fields.put("title", title);
    fields.put("text", text);
    fields.put("audience", audience);
    fields.put("year", year);
    return fields;
  }

  private List<String> noticeMailSocieties() {
    return jdbc.queryForList("SELECT society_code FROM mail_outbox WHERE mail_type = 'OFFICE_NOTICE' ORDER BY society_code",
        String.class);
  }

  @Test
  @DisplayName("A notice to the awardees: previewed with its count, sent once per awardee, in each one's correspondence as text, nowhere else; posted twice, sent once")
  void noticeToTheAwardees() throws Exception {
    Response preview = office.postForm("/office/mails/notice",
        form("preview", TITLE, TEXT, "ROUND_AWARDEES", String.valueOf(year())));
    assertThat(preview.status()).isEqualTo(200);
    String shown = preview.text();
    assertThat(shown).contains(year() + "年度全部获奖学会</span>，将发送给 <span id=\"recipient-count\">2</span> 家学会",
        "data-code=\"WHJX\"", "data-code=\"WHTJ\"", "whjx@societies.example.cn", "id=\"send-button\"",
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;注意&lt;/b&gt;");
    assertThat(shown).doesNotContain("data-code=\"WHLX\"", "data-code=\"WHSX\"", "<script>alert(1)");
    assertThat(noticeMailSocieties()).as("a preview sends nothing").isEmpty();

    Response sent = office.postForm("/office/mails/notice", form("send", TITLE, TEXT, "ROUND_AWARDEES",
        String.valueOf(year())));
    assertThat(sent.status()).isEqualTo(302);
    String after = office.follow(sent).text();
    assertThat(after).contains("已为2家学会各写入一封邮件", year() + "年度全部获奖学会", TITLE, OFFICE);
    assertThat(noticeMailSocieties()).containsExactly("WHJX", "WHTJ");

    Response twice = office.postForm("/office/mails/notice", form("send", TITLE, TEXT, "ROUND_AWARDEES",
        String.valueOf(year())));
    assertThat(twice.status()).isEqualTo(200);
    assertThat(twice.text()).contains("这份通知已于", "未重复发送");
    assertThat(noticeMailSocieties()).containsExactly("WHJX", "WHTJ");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM office_notice", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForMap("SELECT sent_by, audience, round_year, recipient_count FROM office_notice"))
        .containsEntry("SENT_BY", OFFICE).containsEntry("AUDIENCE", "ROUND_AWARDEES")
        .containsEntry("ROUND_YEAR", year()).containsEntry("RECIPIENT_COUNT", 2);

    for (String awardee : List.of("WHJX", "WHTJ")) {
      String correspondence = societyPage(awardee);
      assertThat(correspondence.split(TITLE, -1)).as(awardee + " has the notice once").hasSize(2);
      assertThat(correspondence).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }
    for (String other : List.of("WHSX", "WHLX", "WHHX")) {
      assertThat(societyPage(other)).as(other).doesNotContain(TITLE);
    }

    List<MimeMessage> received = deliveredMail();
    assertThat(received).extracting(ReceivedMails::to)
        .containsExactlyInAnyOrder("whjx@societies.example.cn", "whtj@societies.example.cn");
    MimeMessage toWhjx = received.stream().filter(m -> ReceivedMails.to(m).startsWith("whjx")).findFirst().orElseThrow();
    assertThat(ReceivedMails.subject(toWhjx)).isEqualTo("【专项办公室通知】" + TITLE);
    assertThat(ReceivedMails.body(toWhjx)).startsWith(societies.findByCode("WHJX").orElseThrow().name() + "：\n")
        .contains(TEXT, "武汉市科协学会能力提升专项办公室");
  }

  @Test
  @DisplayName("Bad input is refused at its field, nothing is stored, and what was typed is kept")
  void refusals() {
    String longText = "字".repeat(OfficeNotices.MAX_TEXT + 1);
    Response blank = office.postForm("/office/mails/notice", form("send", " ", longText, "ROUND_AWARDEES", ""));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.text()).contains("id=\"error-title\"", "请填写通知标题。",
        "通知正文最多 5000 个字，现为 5001 个字。", "“某年度全部获奖学会”须选择年度。",
        "<option value=\"ROUND_AWARDEES\" selected=\"selected\">");

    Response empty = office.postForm("/office/mails/notice", form("send", TITLE, "正文", "ROUND_AWARDEES",
        String.valueOf(year() - 1)));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains((year() - 1) + "年度全部获奖学会为空", "value=\"" + TITLE + "\"", ">正文</textarea>");

    Response noRound = office.postForm("/office/mails/notice", form("send", TITLE, "正文", "ROUND_APPLICANTS", "1999"));
    assertThat(noRound.status()).isEqualTo(400);
    assertThat(noRound.text()).contains("没有 1999 年度的评选");
    assertThat(office.postForm("/office/mails/notice", form("send", TITLE, "正文", "EVERYONE", "")).text())
        .contains("请选择收件范围");

    Map<String, String> forged = form("send", TITLE, "正文", "ALL_SOCIETIES", "");
    forged.put("_csrf", "forged");
    assertThat(office.postForm("/office/mails/notice", forged).status()).isEqualTo(403);

    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    String auditorPage = auditor.get("/office/mails/notice").text();
    assertThat(auditorPage).contains("已发送的群发通知").doesNotContain("撰写通知");
    Map<String, String> byAuditor = form("send", TITLE, "正文", "ALL_SOCIETIES", "");
    byAuditor.put("_csrf", WebappSession.hiddenField(auditor.get("/office/mails").text(), "_csrf").orElse("x"));
    assertThat(auditor.postForm("/office/mails/notice", byAuditor).status()).isEqualTo(403);
    assertThat(WebappSession.login(port, DemoUsers.userOf("WHJX"), "demo").get("/office/mails/notice").status())
        .isEqualTo(403);

    assertThat(noticeMailSocieties()).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM office_notice", Integer.class)).isZero();
  }

  @Test
  @DisplayName("全部学会 and 某年度全部申报学会 reach the registry and the round's applicants")
  void otherAudiences() {
    String all = office.postForm("/office/mails/notice", form("preview", TITLE, "正文", "ALL_SOCIETIES", "")).text();
    assertThat(all).contains("全部学会</span>，将发送给 <span id=\"recipient-count\">" + societies.count() + "</span>");
    String applicants = office.postForm("/office/mails/notice",
        form("preview", TITLE, "正文", "ROUND_APPLICANTS", String.valueOf(year()))).text();
    assertThat(applicants).contains("<span id=\"recipient-count\">4</span>", "data-code=\"WHSX\"", "data-code=\"WHLX\"");
  }
}
