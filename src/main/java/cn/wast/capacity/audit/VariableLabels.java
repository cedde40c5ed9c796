package cn.wast.capacity.audit;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.EngineVariables;
import cn.wast.capacity.FormJson;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.checks.CheckKind;
import cn.wast.capacity.form.FormDefinition;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Rows;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.publicity.ObjectionVariables;
import cn.wast.capacity.review.ReviewVariables;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.supervision.DisqualificationVariables;
import cn.wast.capacity.supervision.RecoveryVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Chinese name of every variable the programme's processes write, and its value as an auditor
 * reads it. A variable a form asks for is named by that form's label ({@code forms/*.form}, so the
 * audit says what the user was asked); the variables the processes and their Java set are named in
 * {@link #SET_BY_THE_PROCESSES}. Values: a choice by its label on the form, yes/no, dates in the
 * programme's zone, nothing for no value.
 */
public final class VariableLabels {

  /** The variables no form asks for: set by the processes (listeners, services, timers). */
  static final Map<String, String> SET_BY_THE_PROCESSES = Map.ofEntries(
      Map.entry(RoundVariables.ACCEPTED_APPLICATIONS, "通过形式审查的申报"),
      Map.entry(RoundVariables.ACCEPTED_APPLICATIONS_TEXT, "通过形式审查的申报（文字）"),
      Map.entry(RoundVariables.ACCEPTED_COUNT, "通过形式审查的申报数"),
      Map.entry(ApplicationVariables.FORMER_APPLICANT, "申报账号"),
      Map.entry(RoundVariables.APPLICATION_COUNT, "申报总数"),
      Map.entry(RoundVariables.APPLICATION_DEADLINE_TEXT, "申报截止日期（文字）"),
      Map.entry(ApplicationVariables.APPLICATION_KEY, "申报编号"),
      Map.entry(RoundVariables.APPLICATIONS_BY_STATUS, "各状态申报数"),
      Map.entry(DisqualificationVariables.APPLICATION_STATUS_TEXT, "申报状态"),
      Map.entry(RoundVariables.APPLICATION_WINDOW_CLOSES_AT, "申报截止时刻"),
      Map.entry(ObjectionVariables.ATTACHMENT_LINK, "附件"),
      Map.entry(ImplementationVariables.AWARD_AMOUNT_TEXT, "奖励补助金额（文字）"),
      Map.entry(DisqualificationVariables.BAN_UNTIL_TEXT, "禁止申报截止日期"),
      Map.entry(ApplicationVariables.FORMER_BOARD_BODY_TEXT, "研究同意的机构（文字）"),
      Map.entry(RoundVariables.BOUNDARY_TIE, "名额边界并列"),
      Map.entry(RoundVariables.CALL_RECIPIENTS, "申报通知收件学会数"),
      Map.entry(ImplementationVariables.CHECK_ID, "检查编号"),
      Map.entry(ApplicationVariables.CORRECTION_COUNT, "补正次数"),
      Map.entry(ImplementationVariables.CORRECTIONS_DUE_AT, "整改期限截止时刻"),
      Map.entry(ImplementationVariables.CORRECTIONS_DUE_TEXT, "整改期限（文字）"),
      Map.entry(ImplementationVariables.CORRECTIONS_LATE_SINCE, "整改逾期起算时刻"),
      Map.entry(ImplementationVariables.CORRECTIONS_ORDERED, "是否限期整改"),
      Map.entry(ImplementationVariables.CORRECTIONS_REMINDER_AT, "整改提醒时刻"),
      Map.entry(ImplementationVariables.CORRECTIONS_TEXT, "整改要求（文字）"),
      Map.entry(ApplicationVariables.CORRECTION_DEADLINE, "补正截止时刻"),
      Map.entry(ApplicationVariables.CORRECTION_DEADLINE_TEXT, "补正截止时间（文字）"),
      Map.entry(ApplicationVariables.CORRECTION_REMINDER_AT, "补正提醒时刻"),
      Map.entry(ImplementationVariables.CURRENT_CHECK, "当前检查"),
      Map.entry(DisqualificationVariables.DECIDED_ON, "决定日期"),
      Map.entry(ApplicationVariables.DOCUMENTS_MARKDOWN, "申报材料清单"),
      Map.entry(ApplicationVariables.ELIGIBILITY_REASONS, "资格审核不通过的理由"),
      Map.entry(ApplicationVariables.ELIGIBLE, "资格审核通过"),
      Map.entry(RoundVariables.EXPERT_OPTIONS, "可选专家"),
      Map.entry(ApplicationVariables.FAILED_RULES, "未满足的规则"),
      Map.entry(RoundVariables.FORMAL_REVIEW_CLOSES_AT, "形式审查截止时刻"),
      Map.entry(RoundVariables.FORMAL_REVIEW_DEADLINE_TEXT, "形式审查截止日期（文字）"),
      Map.entry(ObjectionVariables.GROUNDS, "事实和理由"),
      Map.entry(DisqualificationVariables.JOINED_BUSINESS_KEY, "并入的核查编号"),
      Map.entry(DisqualificationVariables.JOINED, "并入正在进行的核查"),
      Map.entry(ImplementationVariables.LATENESS_TEXT, "报送是否逾期（文字）"),
      Map.entry(EngineVariables.LOOP_COUNTER, "多实例序号"),
      Map.entry(ImplementationVariables.MID_TERM_AT, "中期检查开始时刻"),
      Map.entry(ReviewVariables.MISSING_SCORE_CAUSE, "缺评原因"),
      Map.entry(ReviewVariables.MISSING_SCORE_TEXT, "缺评情况"),
      Map.entry(RoundVariables.MOVE_UP_OPTIONS, "可递补的学会"),
      Map.entry(RoundVariables.MOVE_UP_TEXT, "递补情况"),
      Map.entry(RoundVariables.NOTICE_ENDS_TEXT, "公示截止时间（文字）"),
      Map.entry(RoundVariables.NOTICE_PLACE, "公示名次"),
      Map.entry(RoundVariables.NOTICE_PLACES, "公示名次列表"),
      Map.entry(EngineVariables.NR_OF_ACTIVE_INSTANCES, "多实例进行中数"),
      Map.entry(EngineVariables.NR_OF_COMPLETED_INSTANCES, "多实例已完成数"),
      Map.entry(EngineVariables.NR_OF_INSTANCES, "多实例总数"),
      Map.entry(ObjectionVariables.OBJECTION_ID, "异议编号"),
      Map.entry(RoundVariables.OBJECTIONS_PENDING, "待核查异议数"),
      Map.entry(RoundVariables.OBJECTION_UPHELD, "异议成立"),
      Map.entry(ObjectionVariables.OBJECTOR_CONTACT, "异议人联系方式"),
      Map.entry(ImplementationVariables.OVERDUE_TEXT, "逾期情况（文字）"),
      Map.entry(ImplementationVariables.OVERDUE_WAIT_AGAIN, "是否给出新期限"),
      Map.entry(ObjectionVariables.OBJECTOR_MARKDOWN, "异议人及联系方式（表单显示）"),
      Map.entry(ObjectionVariables.OBJECTOR_NAME, "异议人"),
      Map.entry(RoundVariables.OPENED_BY, "开启人"),
      Map.entry(ImplementationVariables.PAID_SO_FAR, "已拨付金额（元）"),
      Map.entry(DisqualificationVariables.PAID_TEXT, "已拨付金额（文字）"),
      Map.entry(RoundVariables.PLACE_APPLICATION_KEY, "公示名次的申报编号"),
      Map.entry(RoundVariables.PLACE_ENDS_AT, "公示期截止时刻"),
      Map.entry(RoundVariables.PLACE_ENDS_TEXT, "公示期截止时间（文字）"),
      Map.entry(RoundVariables.PLACE_ENTRY_ID, "公示条目编号"),
      Map.entry(RoundVariables.PLACE_SOCIETY_NAME, "公示名次的学会"),
      Map.entry(ImplementationVariables.PLAN_COMMENTS, "方案修改意见"),
      Map.entry(ImplementationVariables.PLAN_DUE_AT, "经费方案报送截止时刻"),
      Map.entry(ImplementationVariables.PLAN_LATE_SINCE, "经费方案逾期起算时刻"),
      Map.entry(ImplementationVariables.PLAN_DUE_TEXT, "经费方案报送截止时间（文字）"),
      Map.entry(ImplementationVariables.PLAN_ID, "经费方案编号"),
      Map.entry(ImplementationVariables.PLAN_MARKDOWN, "经费方案（表单显示）"),
      Map.entry(ImplementationVariables.PLAN_REMINDER_AT, "经费方案提醒时刻"),
      Map.entry(ImplementationVariables.PLAN_VERSION, "经费方案版本"),
      Map.entry(ImplementationVariables.PROGRESS_TEXT, "考核指标进展（文字）"),
      Map.entry(ImplementationVariables.PROJECT_END, "实施期结束日期"),
      Map.entry(ImplementationVariables.PROJECT_ENDS_AT, "实施期结束时刻"),
      Map.entry(ImplementationVariables.PROJECT_START, "实施期开始日期"),
      Map.entry(RoundVariables.RANKED_COUNT, "参与排名的申报数"),
      Map.entry(RoundVariables.RANKING_SHEET, "排名表"),
      Map.entry(RoundVariables.RANKING_SHEET_LINK, "排名表下载链接"),
      Map.entry(ObjectionVariables.RECEIVED_AT_TEXT, "收到时间（文字）"),
      Map.entry(RecoveryVariables.FORMER_RECOVERY_AMOUNT, "应收回金额（元）"),
      Map.entry(DisqualificationVariables.RECOVERY_AMOUNT_TEXT, "应收回金额（文字）"),
      Map.entry(RecoveryVariables.RECOVERY_BALANCE_TEXT, "尚欠余额（文字）"),
      Map.entry(RecoveryVariables.FORMER_RECOVERY_DUE, "尚需收回经费"),
      Map.entry(RecoveryVariables.RECOVERY_ID, "追回编号"),
      Map.entry(RecoveryVariables.FORMER_RECOVERY_INSTALMENTS, "已到账的退款"),
      Map.entry(RecoveryVariables.RECOVERY_OVERPAID_TEXT, "多缴待退还金额（文字）"),
      Map.entry(RecoveryVariables.FORMER_RECOVERY_REASON, "追回事由"),
      Map.entry(RecoveryVariables.RECOVERY_REPAID_TEXT, "已到账退款（文字）"),
      Map.entry(RecoveryVariables.STANDING, "追回进展"),
      Map.entry(RecoveryVariables.RECOVERY_REMINDER_EVERY, "追缴提醒周期"),
      Map.entry(RecoveryVariables.REMINDERS_SENT, "已发追缴提醒次数"),
      Map.entry(RoundVariables.REMOVAL_TEXT, "移出名单情况"),
      Map.entry(ReviewVariables.REPLACEMENT_FOUND, "找到替换专家"),
      Map.entry(ReviewVariables.REPLACEMENT_OPTIONS, "可替换的专家"),
      Map.entry(ImplementationVariables.REPORT_DUE_AT, "检查材料报送截止时刻"),
      Map.entry(ImplementationVariables.REPORT_LATE_SINCE, "检查材料逾期起算时刻"),
      Map.entry(ImplementationVariables.REPORT_DUE_TEXT, "检查材料报送截止时间（文字）"),
      Map.entry(ImplementationVariables.REPORT_LINKS, "检查书面报告链接"),
      Map.entry(ImplementationVariables.LEDGER_TEXT, "支出台账与凭证扫描件（文字）"),
      Map.entry(ImplementationVariables.BUDGET_LINE_OPTIONS, "台账可选的预算行"),
      Map.entry(ImplementationVariables.REPORT_REMINDER_AT, "检查材料提醒时刻"),
      Map.entry(RoundVariables.REVIEWED_APPLICATION, "评审的申报"),
      Map.entry(RoundVariables.REVIEWED_APPLICATIONS, "进入专家评审的申报"),
      Map.entry(ReviewVariables.SEATS, "评审席位"),
      Map.entry(RoundVariables.ROUND_YEAR, "评选年度"),
      Map.entry(ReviewVariables.SCORE_GUIDE, "评分标准"),
      Map.entry(RoundVariables.SCORING_DUE_TEXT, "评分截止时间（文字）"),
      Map.entry(ReviewVariables.SEAT_APPLICATION_KEY, "席位评审的申报编号"),
      Map.entry(ReviewVariables.SEAT_ASSIGNMENT_ID, "评审分配编号"),
      Map.entry(ReviewVariables.SEAT_DUE_AT, "评分截止时刻"),
      Map.entry(ReviewVariables.SEAT_DUE_TEXT, "评分截止时间（文字）"),
      Map.entry(ReviewVariables.SEAT_EXPERT, "评审专家账号"),
      Map.entry(ReviewVariables.SEAT_EXPERT_NAME, "评审专家"),
      Map.entry(ReviewVariables.SEAT_NUMBER, "席位序号"),
      Map.entry(ReviewVariables.SEAT_REMINDER_AT, "评分提醒时刻"),
      Map.entry(ReviewVariables.SEAT_SOCIETY_NAME, "席位评审的学会"),
      Map.entry(ReviewVariables.SEAT_WITHDRAWN, "席位已撤销"),
      Map.entry(ApplicationVariables.SHOWN_MATERIALS, "申报材料（表单显示）"),
      Map.entry(ApplicationVariables.SOCIETY_CODE, "学会代码"),
      Map.entry(ImplementationVariables.SOCIETY_GROUP, "学会用户组"),
      Map.entry(ApplicationVariables.SOCIETY_NAME, "学会名称"),
      Map.entry(DisqualificationVariables.SOURCE, "发起方式"),
      Map.entry(DisqualificationVariables.STARTED_BY, "发起人"),
      Map.entry(ApplicationVariables.SUBMITTED_AT_TEXT, "提交时间（文字）"),
      Map.entry(ApplicationVariables.FORMER_SUPPORT_HISTORY, "以往支持情况"),
      Map.entry(RoundVariables.TIE_COMPOSITE, "并列的综合得分"),
      Map.entry(RoundVariables.TIE_OPTIONS, "并列的申报"),
      Map.entry(RoundVariables.TIE_PLACES_LEFT, "剩余名额"),
      Map.entry(RoundVariables.TIE_TEXT, "并列情况"),
      Map.entry(ImplementationVariables.TRACKING_TEXT, "经费使用：计划与支出（文字）"),
      Map.entry(ImplementationVariables.PAYMENTS_TEXT, "经费拨付情况（文字）"),
      Map.entry(ReviewVariables.WEIGHTED_TOTAL, "加权总分"));

  /** Values the processes write as codes, by variable: the code's Chinese name. */
  private static final Map<String, UnaryOperator<String>> CODES = Map.of(
      ImplementationVariables.CURRENT_CHECK, code -> Arrays.stream(CheckKind.values()).filter(k -> k.name().equals(code))
          .map(CheckKind::label).findFirst().orElse(code),
      ReviewVariables.MISSING_SCORE_CAUSE, code -> switch (code) {
        case "OVERDUE" -> "截止时未评分";
        case "NO_REPLACEMENT" -> "回避后无可替换专家";
        default -> code;
      },
      // {ACCEPTED=2, REJECTED=1}: each stage by its name
      RoundVariables.APPLICATIONS_BY_STATUS, counts -> {
        String named = counts;
        for (ApplicationStatus status : ApplicationStatus.values()) {
          named = named.replaceAll("\\b" + status.name() + "\\b", status.label());
        }
        return named;
      });

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Field> FORM_FIELDS = new LinkedHashMap<>();
  private static final Map<String, Rows> FORM_LISTS = new HashMap<>();
  private static final Map<String, String> FORM_LABELS = new HashMap<>();

  static {
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        String name = form.getFilename();
        FormDefinition definition = FormDefinition.of(name.substring(0, name.length() - ".form".length()));
        for (Field field : definition.singleFields()) {
          FORM_FIELDS.putIfAbsent(field.key(), field);
          FORM_LABELS.putIfAbsent(field.key(), field.label());
        }
        for (Rows rows : definition.lists()) {
          FORM_LISTS.putIfAbsent(rows.key(), rows);
          FORM_LABELS.putIfAbsent(rows.key(), rows.label());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private VariableLabels() {}

  /** The variable's Chinese name, if it has one. */
  public static Optional<String> label(String variable) {
    if (variable == null) {
      return Optional.empty();
    }
    String known = SET_BY_THE_PROCESSES.getOrDefault(variable, FORM_LABELS.get(variable));
    if (known != null) {
      return Optional.of(known);
    }
    // the escaped copy of a text for a form (Markdown.escape): the same text as shown
    if (variable.endsWith("Markdown")) {
      return label(variable.substring(0, variable.length() - "Markdown".length())).map(l -> l + "（表单显示）");
    }
    return Optional.empty();
  }

  /** The Chinese name, or the variable's own name when none is known. */
  static String labelOrName(String variable) {
    return label(variable).orElse(variable);
  }

  /** The value as an auditor reads it: empty for none, 是/否, dates in the zone, a choice by its label. */
  static String value(String variable, Object value, ZoneId zone) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean yes) {
      return yes ? "是" : "否";
    }
    if (value instanceof Date date) {
      return ChineseDates.dateTime(date, zone);
    }
    Rows list = FORM_LISTS.get(variable);
    if (list != null) {
      return rows(list, value);
    }
    if (value instanceof SpinJsonNode) {
      return FormJson.text(value);
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(v -> value(variable, v, zone)).collect(Collectors.joining("、"));
    }
    String text = String.valueOf(value);
    return cell(variable, FORM_FIELDS.get(variable), text);
  }

  /** A form's dynamic list, one numbered line per row: each column by its label, a choice by its label. */
  private static String rows(Rows list, Object value) {
    JsonNode rows;
    try {
      rows = value instanceof String || value instanceof SpinJsonNode
          ? JSON.readTree(value.toString()) : JSON.valueToTree(value);
    } catch (IOException | IllegalArgumentException e) {
      return String.valueOf(value);
    }
    if (!rows.isArray()) {
      return String.valueOf(value);
    }
    StringBuilder text = new StringBuilder();
    int number = 0;
    for (JsonNode row : rows) {
      text.append(text.length() == 0 ? "" : "\n").append(++number).append(". ");
      StringBuilder cells = new StringBuilder();
      for (Field column : list.columns()) {
        JsonNode cell = row.get(column.key());
        if (cell != null && !cell.isNull()) {
          cells.append(cells.length() == 0 ? "" : "；").append(column.label()).append("：")
              .append(cell(column.key(), column, cell.asText()));
        }
      }
      text.append(cells);
    }
    return text.toString();
  }

  private static String cell(String variable, Field field, String text) {
    UnaryOperator<String> named = CODES.get(variable);
    if (named != null) {
      return named.apply(text);
    }
    if (field != null && (field.isChoice() || field.isChecklist())) {
      Optional<String> chosen = field.optionLabel(text);
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    if (field != null && field.date()) {
      try {
        return ChineseDates.date(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    return text;
  }
}
