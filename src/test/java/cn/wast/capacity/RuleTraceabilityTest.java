package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Rule traceability: for every rule of the programme ({@code docs/RULES.md}, the copy of
 * {@code ../shared/RULES.md}), the BPMN elements whose documentation names it, the main classes
 * whose Javadoc names it and the tests that name it, written to {@code target/rules/index.html}.
 * The build fails when a rule has no test.
 */
class RuleTraceabilityTest {

  private static final Path RULES = Path.of("docs", "RULES.md");
  private static final Path SHARED_RULES = Path.of("..", "shared", "RULES.md");
  private static final Path SEED = Path.of("docs", "seed");
  private static final Path SHARED_SEED = Path.of("..", "shared", "seed");
  private static final Pattern RULE_LINE = Pattern.compile("^(?:- )?(R-[A-Z]+-\\d+) (.+)$");
  /** A rule id, or a range of them as the code writes it: R-ELIG-1..5. */
  private static final Pattern MENTION = Pattern.compile("R-([A-Z]+)-(\\d+)(?:\\.\\.(\\d+))?");
  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL);

  record Rule(String id, String text) {}

  @Test
  @DisplayName("The project's copy of the rules is the programme's RULES.md")
  void rulesAreTheProgrammes() throws IOException {
    if (Files.exists(SHARED_RULES)) {
      assertThat(Files.readString(RULES)).isEqualTo(Files.readString(SHARED_RULES));
    }
    assertThat(rules()).hasSizeGreaterThan(20);
  }

  @Test
  @DisplayName("The project's copy of the programme's text (docs/seed/) is the programme's seed")
  void programmeTextIsTheSeed() throws IOException {
    assertThat(fileNames(SEED)).isNotEmpty();
    if (Files.isDirectory(SHARED_SEED)) {
      assertThat(fileNames(SEED)).isEqualTo(fileNames(SHARED_SEED));
      for (String name : fileNames(SHARED_SEED)) {
        assertThat(Files.readString(SEED.resolve(name))).as(name).isEqualTo(Files.readString(SHARED_SEED.resolve(name)));
      }
    }
    assertThat(Files.readString(SEED.resolve(fileNames(SEED).first()))).contains("学会能力提升专项");
  }

  private static TreeSet<String> fileNames(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  @DisplayName("Every rule is proved by a test; target/rules/index.html says where each is enforced")
  void everyRuleHasATest() throws Exception {
    List<Rule> rules = rules();
    Map<String, Set<String>> bpmn = bpmnElements();
    Map<String, Set<String>> classes = mentions(Path.of("src", "main", "java"), true);
    Map<String, Set<String>> tests = mentions(Path.of("src", "test", "java"), false);
    tests.values().forEach(names -> names.remove(RuleTraceabilityTest.class.getSimpleName()));

    writeIndex(rules, bpmn, classes, tests);

    List<String> untested = rules.stream().map(Rule::id)
        .filter(id -> tests.getOrDefault(id, Set.of()).isEmpty()).toList();
    assertThat(untested).as("rules without a test (see target/rules/index.html)").isEmpty();
  }

  @Test
  @DisplayName("A range as the code writes it (R-ELIG-1..3) names each rule in it")
  void rangesNameEachRule() {
    assertThat(ids("R-APP-1 R-ELIG-1..3, and R-SUP-2")).containsExactly("R-APP-1", "R-ELIG-1", "R-ELIG-2", "R-ELIG-3", "R-SUP-2");
  }

  static List<Rule> rules() throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (String line : Files.readAllLines(RULES, StandardCharsets.UTF_8)) {
      Matcher m = RULE_LINE.matcher(line.strip());
      if (m.matches()) {
        rules.add(new Rule(m.group(1), m.group(2)));
      }
    }
    return rules;
  }

  /** Rule id to "process: element id (name)" for each element whose documentation names it. */
  private static Map<String, Set<String>> bpmnElements() throws Exception {
    Map<String, Set<String>> found = new LinkedHashMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        NodeList docs = factory.newDocumentBuilder().parse(file.toFile())
            .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "documentation");
        for (int i = 0; i < docs.getLength(); i++) {
          Element owner = (Element) docs.item(i).getParentNode();
          String where = file.getFileName() + ": " + owner.getAttribute("id")
              + (owner.getAttribute("name").isEmpty() ? "" : "（" + owner.getAttribute("name") + "）");
          ids(docs.item(i).getTextContent()).forEach(id -> found.computeIfAbsent(id, k -> new TreeSet<>()).add(where));
        }
      }
    }
    return found;
  }

  /** Rule id to the classes that name it: in Javadoc for main code, anywhere for tests. */
  private static Map<String, Set<String>> mentions(Path root, boolean javadocOnly) throws IOException {
    Map<String, Set<String>> found = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String text = javadocOnly ? String.join("\n", JAVADOC.matcher(source).results().map(r -> r.group()).toList())
            : source;
        String name = file.getFileName().toString().replace(".java", "");
        ids(text).forEach(id -> found.computeIfAbsent(id, k -> new TreeSet<>()).add(name));
      }
    }
    return found;
  }

  static Set<String> ids(String text) {
    Set<String> ids = new TreeSet<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      int from = Integer.parseInt(m.group(2));
      int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
      for (int n = from; n <= to; n++) {
        ids.add("R-" + m.group(1) + "-" + n);
      }
    }
    return ids;
  }

  private static void writeIndex(List<Rule> rules, Map<String, Set<String>> bpmn, Map<String, Set<String>> classes,
      Map<String, Set<String>> tests) throws IOException {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="UTF-8"><title>规则追溯 · 学会能力提升专项</title>
        <style>body{font-family:"Noto Sans CJK SC",sans-serif;margin:24px}table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #ccc;padding:6px;vertical-align:top;font-size:13px;text-align:left}th{background:#eef}
        .missing{color:#b71c1c;font-weight:bold}ul{margin:0;padding-left:18px}</style></head><body>
        <h1>规则追溯（Rule traceability）</h1>
        <p>每条规则（docs/RULES.md）在哪些流程元素、哪些类中实施，由哪些测试证明。</p>
        <table><thead><tr><th>规则</th><th>内容</th><th>BPMN 元素</th><th>Java 类</th><th>测试</th></tr></thead><tbody>
        """);
    for (Rule rule : rules) {
      html.append("<tr id=\"").append(rule.id()).append("\"><td>").append(rule.id()).append("</td><td>")
          .append(escape(rule.text())).append("</td><td>").append(list(bpmn.get(rule.id()))).append("</td><td>")
          .append(list(classes.get(rule.id()))).append("</td><td>").append(list(tests.get(rule.id())))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table></body></html>\n");
    Path index = Path.of("target", "rules", "index.html");
    try {
      Files.createDirectories(index.getParent());
      Files.writeString(index, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String list(Set<String> items) {
    if (items == null || items.isEmpty()) {
      return "<span class=\"missing\">—</span>";
    }
    StringBuilder ul = new StringBuilder("<ul>");
    items.forEach(item -> ul.append("<li>").append(escape(item)).append("</li>"));
    return ul.append("</ul>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
