package cn.wast.capacity.audit;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.checks.CheckKind;
import cn.wast.capacity.form.FormDefinition;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Rows;
import cn.wast.capacity.round.RoundVariables;
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
      Map.entry("acceptedApplications", "通过形式审查的申报"),
      Map.entry("acceptedApplicationsText", "通过形式审查的申报（文字）"),
      Map.entry("acceptedCount", "通过形式审查的申报数"),
      Map.entry("applicant", "申报账号"),
      Map.entry("applicationCount", "申报总数"),
      Map.entry("applicationDeadlineText", "申报截止日期（文字）"),
      Map.entry("applicationKey", "申报编号"),
      Map.entry("applicationsByStatus", "各状态申报数"),
      Map.entry("applicationStatusText", "申报状态"),
      Map.entry("applicationWindowClosesAt", "申报截止时刻"),
      Map.entry("attachmentLink", "附件"),
      Map.entry("awardAmountText", "奖励补助金额（文字）"),
      Map.entry("banUntilText", "禁止申报截止日期"),
      Map.entry("boardBodyText", "研究同意的机构（文字）"),
      Map.entry("boundaryTie", "名额边界并列"),
      Map.entry("callRecipients", "申报通知收件学会数"),
      Map.entry("checkId", "检查编号"),
      Map.entry("correctionCount", "补正次数"),
      Map.entry("correctionsDueAt", "整改期限截止时刻"),
      Map.entry("correctionsDueText", "整改期限（文字）"),
      Map.entry("correctionsLateSince", "整改逾期起算时刻"),
      Map.entry("correctionsOrdered", "是否限期整改"),
      Map.entry("correctionsReminderAt", "整改提醒时刻"),
      Map.entry("correctionsText", "整改要求（文字）"),
      Map.entry("correctionDeadline", "补正截止时刻"),
      Map.entry("correctionDeadlineText", "补正截止时间（文字）"),
      Map.entry("correctionReminderAt", "补正提醒时刻"),
      Map.entry("currentCheck", "当前检查"),
      Map.entry("decidedOn", "决定日期"),
      Map.entry("documentsMarkdown", "申报材料清单"),
      Map.entry("eligibilityReasons", "资格审核不通过的理由"),
      Map.entry("eligible", "资格审核通过"),
      Map.entry("expertOptions", "可选专家"),
      Map.entry("failedRules", "未满足的规则"),
      Map.entry("formalReviewClosesAt", "形式审查截止时刻"),
      Map.entry("formalReviewDeadlineText", "形式审查截止日期（文字）"),
      Map.entry("grounds", "事实和理由"),
      Map.entry("joinedBusinessKey", "并入的核查编号"),
      Map.entry("joinedRunning", "并入正在进行的核查"),
      Map.entry("latenessText", "报送是否逾期（文字）"),
      Map.entry("loopCounter", "多实例序号"),
      Map.entry("midTermAt", "中期检查开始时刻"),
      Map.entry("missingScoreCause", "缺评原因"),
      Map.entry("missingScoreText", "缺评情况"),
      Map.entry("moveUpOptions", "可递补的学会"),
      Map.entry("moveUpText", "递补情况"),
      Map.entry("noticeEndsText", "公示截止时间（文字）"),
      Map.entry("noticePlace", "公示名次"),
      Map.entry("noticePlaces", "公示名次列表"),
      Map.entry("nrOfActiveInstances", "多实例进行中数"),
      Map.entry("nrOfCompletedInstances", "多实例已完成数"),
      Map.entry("nrOfInstances", "多实例总数"),
      Map.entry("objectionId", "异议编号"),
      Map.entry("objectionsPending", "待核查异议数"),
      Map.entry("objectionUpheld", "异议成立"),
      Map.entry("objectorContact", "异议人联系方式"),
      Map.entry("overdueText", "逾期情况（文字）"),
      Map.entry("overdueWaitAgain", "是否给出新期限"),
      Map.entry("objectorMarkdown", "异议人及联系方式（表单显示）"),
      Map.entry("objectorName", "异议人"),
      Map.entry("openedBy", "开启人"),
      Map.entry("paidSoFar", "已拨付金额（元）"),
      Map.entry("paidText", "已拨付金额（文字）"),
      Map.entry("placeApplicationKey", "公示名次的申报编号"),
      Map.entry("placeEndsAt", "公示期截止时刻"),
      Map.entry("placeEndsText", "公示期截止时间（文字）"),
      Map.entry("placeEntryId", "公示条目编号"),
      Map.entry("placeSocietyName", "公示名次的学会"),
      Map.entry("planComments", "方案修改意见"),
      Map.entry("planDueAt", "经费方案报送截止时刻"),
      Map.entry("planLateSince", "经费方案逾期起算时刻"),
      Map.entry("planDueText", "经费方案报送截止时间（文字）"),
      Map.entry("planId", "经费方案编号"),
      Map.entry("planMarkdown", "经费方案（表单显示）"),
      Map.entry("planReminderAt", "经费方案提醒时刻"),
      Map.entry("planVersion", "经费方案版本"),
      Map.entry("progressText", "考核指标进展（文字）"),
      Map.entry("projectEnd", "实施期结束日期"),
      Map.entry("projectEndsAt", "实施期结束时刻"),
      Map.entry("projectStart", "实施期开始日期"),
      Map.entry("rankedCount", "参与排名的申报数"),
      Map.entry("rankingSheet", "排名表"),
      Map.entry("rankingSheetLink", "排名表下载链接"),
      Map.entry("receivedAtText", "收到时间（文字）"),
      Map.entry("recoveryAmount", "应收回金额（元）"),
      Map.entry("recoveryAmountText", "应收回金额（文字）"),
      Map.entry("recoveryBalanceText", "尚欠余额（文字）"),
      Map.entry("recoveryDue", "尚需收回经费"),
      Map.entry("recoveryId", "追回编号"),
      Map.entry("recoveryInstalments", "已到账的退款"),
      Map.entry("recoveryOverpaidText", "多缴待退还金额（文字）"),
      Map.entry("recoveryReason", "追回事由"),
      Map.entry("recoveryRepaidText", "已到账退款（文字）"),
      Map.entry("recoveryStanding", "追回进展"),
      Map.entry("recoveryReminderEvery", "追缴提醒周期"),
      Map.entry("recoveryRemindersSent", "已发追缴提醒次数"),
      Map.entry("removalText", "移出名单情况"),
      Map.entry("replacementFound", "找到替换专家"),
      Map.entry("replacementOptions", "可替换的专家"),
      Map.entry("reportDueAt", "检查材料报送截止时刻"),
      Map.entry("reportLateSince", "检查材料逾期起算时刻"),
      Map.entry("reportDueText", "检查材料报送截止时间（文字）"),
      Map.entry("reportLinks", "检查书面报告链接"),
      Map.entry("ledgerText", "支出台账与凭证扫描件（文字）"),
      Map.entry("budgetLineOptions", "台账可选的预算行"),
      Map.entry("reportReminderAt", "检查材料提醒时刻"),
      Map.entry("reviewedApplication", "评审的申报"),
      Map.entry("reviewedApplications", "进入专家评审的申报"),
      Map.entry("reviewSeats", "评审席位"),
      Map.entry(RoundVariables.ROUND_YEAR, "评选年度"),
      Map.entry("scoreGuide", "评分标准"),
      Map.entry("scoringDueText", "评分截止时间（文字）"),
      Map.entry("seatApplicationKey", "席位评审的申报编号"),
      Map.entry("seatAssignmentId", "评审分配编号"),
      Map.entry("seatDueAt", "评分截止时刻"),
      Map.entry("seatDueText", "评分截止时间（文字）"),
      Map.entry("seatExpert", "评审专家账号"),
      Map.entry("seatExpertName", "评审专家"),
      Map.entry("seatNumber", "席位序号"),
      Map.entry("seatReminderAt", "评分提醒时刻"),
      Map.entry("seatSocietyName", "席位评审的学会"),
      Map.entry("seatWithdrawn", "席位已撤销"),
      Map.entry("societyCode", "学会代码"),
      Map.entry("societyGroup", "学会用户组"),
      Map.entry("societyName", "学会名称"),
      Map.entry("source", "发起方式"),
      Map.entry("startedBy", "发起人"),
      Map.entry("submittedAtText", "提交时间（文字）"),
      Map.entry("supportHistory", "以往支持情况"),
      Map.entry("tieComposite", "并列的综合得分"),
      Map.entry("tieOptions", "并列的申报"),
      Map.entry("tiePlacesLeft", "剩余名额"),
      Map.entry("tieText", "并列情况"),
      Map.entry("trackingText", "经费使用：计划与支出（文字）"),
      Map.entry("paymentsText", "经费拨付情况（文字）"),
      Map.entry("weightedTotal", "加权总分"));

  /** Values the processes write as codes, by variable: the code's Chinese name. */
  private static final Map<String, UnaryOperator<String>> CODES = Map.of(
      "currentCheck", code -> Arrays.stream(CheckKind.values()).filter(k -> k.name().equals(code))
          .map(CheckKind::label).findFirst().orElse(code),
      "missingScoreCause", code -> switch (code) {
        case "OVERDUE" -> "截止时未评分";
        case "NO_REPLACEMENT" -> "回避后无可替换专家";
        default -> code;
      },
      // {ACCEPTED=2, REJECTED=1}: each stage by its name
      "applicationsByStatus", counts -> {
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
    if (value instanceof SpinJsonNode json) {
      return json.toString();
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
