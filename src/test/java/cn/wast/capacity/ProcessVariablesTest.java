package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.CapacityTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every identifier an expression of {@code processes/*.bpmn} uses ({@code ${...}} or {@code #{...}}:
 * conditions, timers, delegate expressions, listeners, collections, assignees, groups) names a
 * variable declared as a constant of a {@code *Variables} class, or a bean of the application.
 * A typo in a BPMN expression or a variable renamed in Java alone fails here, not in a running round.
 */
@CapacityTest
class ProcessVariablesTest {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern QUOTED = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  /** An identifier not reached through a dot: a property or method of something else is not a name. */
  private static final Pattern NAME = Pattern.compile("(?<![.\\w$])\\s*([A-Za-z_$][\\w$]*)");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or",
      "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

  @Autowired
  ApplicationContext context;

  @Test
  @DisplayName("Every name in a process expression is a declared variable or a bean")
  void everyExpressionNameIsDeclared() throws Exception {
    Set<String> variables = declaredVariables();
    Map<String, Set<String>> unknown = new TreeMap<>();
    for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
      try (InputStream in = bpmn.getInputStream()) {
        Set<String> names = unknownNames(in, name -> variables.contains(name) || context.containsBean(name));
        if (!names.isEmpty()) {
          unknown.put(bpmn.getFilename(), names);
        }
      }
    }
    assertThat(unknown).as("expression names neither declared in a *Variables class nor a bean").isEmpty();
    assertThat(variables).contains("roundYear", "seatExpert", "planDueAt", "recoveryStanding", "joinedRunning", "objectionId");
  }

  @Test
  @DisplayName("A misspelt variable in an expression is found; names after a dot and quoted text are not names")
  void aTypoIsFound() throws Exception {
    String model = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <process id="typo">
            <userTask id="Work" camunda:candidateGroups="${societyGroup}" camunda:dueDate="${roundYaer}" />
            <serviceTask id="Send" camunda:delegateExpression="#{sendCallService}" />
            <sequenceFlow id="Flow" sourceRef="Work" targetRef="Send">
              <conditionExpression>${quota &gt; 0 &amp;&amp; calls.size() &gt; 0 &amp;&amp; plan.decision == 'filed' }</conditionExpression>
            </sequenceFlow>
          </process>
        </definitions>
        """;
    Set<String> variables = declaredVariables();
    Set<String> unknown = unknownNames(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)),
        name -> variables.contains(name) || context.containsBean(name));

    assertThat(unknown).containsExactly("calls", "plan", "roundYaer");
  }

  @Test
  @DisplayName("Every element id a *Variables class names is an element of its process")
  void everyNamedElementIsInItsProcess() throws Exception {
    Map<String, String> missing = new TreeMap<>();
    int named = 0;
    for (Class<?> variables : variablesClasses()) {
      Class<?> elements = Class.forName(variables.getName() + "$Elements", true, variables.getClassLoader());
      String process = (String) variables.getField("PROCESS").get(null);
      Resource bpmn = new PathMatchingResourcePatternResolver().getResource("classpath:processes/" + process + ".bpmn");
      BpmnModelInstance model;
      try (InputStream in = bpmn.getInputStream()) {
        model = Bpmn.readModelFromStream(in);
      }
      for (Field field : elements.getDeclaredFields()) {
        if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
          String id = (String) field.get(null);
          named++;
          if (model.getModelElementById(id) == null) {
            missing.put(elements.getName() + "." + field.getName(), id);
          }
        }
      }
    }
    assertThat(missing).as("element ids named in Java but not in the process model").isEmpty();
    assertThat(named).as("element ids named").isGreaterThanOrEqualTo(23);
  }

  /** The {@code *Variables} classes that hold a process's element ids. */
  static Set<Class<?>> variablesClasses() throws Exception {
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (BeanDefinition candidate : variablesScanner().findCandidateComponents("cn.wast.capacity")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      if (Arrays.stream(type.getDeclaredClasses()).anyMatch(c -> c.getSimpleName().equals("Elements"))) {
        classes.add(type);
      }
    }
    return classes;
  }

  private static ClassPathScanningCandidateComponentProvider variablesScanner() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*\\.[A-Z]\\w*Variables")));
    return scanner;
  }

  /**
   * The values of the String constants of every {@code cn.wast.capacity} class named {@code *Variables},
   * but a process's key and the names no longer written ({@code FORMER_*}, kept for the audit's labels).
   */
  static Set<String> declaredVariables() throws Exception {
    Set<String> names = new TreeSet<>();
    for (BeanDefinition candidate : variablesScanner().findCandidateComponents("cn.wast.capacity")) {
      for (Field field : Class.forName(candidate.getBeanClassName()).getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class
            && !field.getName().equals("PROCESS") && !field.getName().startsWith("FORMER_")) {
          field.setAccessible(true);
          names.add((String) field.get(null));
        }
      }
    }
    return names;
  }

  /** The names used by the model's expressions that {@code known} does not accept. */
  static Set<String> unknownNames(InputStream model, Predicate<String> known) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Set<String> unknown = new TreeSet<>();
    collect(factory.newDocumentBuilder().parse(model).getDocumentElement(), unknown);
    unknown.removeIf(known);
    return unknown;
  }

  private static void collect(Element element, Set<String> names) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      names(((Attr) attributes.item(i)).getValue(), names);
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element inner) {
        collect(inner, names);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        names(child.getNodeValue(), names);
      }
    }
  }

  private static void names(String text, Set<String> names) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher name = NAME.matcher(QUOTED.matcher(expression.group(1)).replaceAll("''"));
      while (name.find()) {
        if (!EL_WORDS.contains(name.group(1))) {
          names.add(name.group(1));
        }
      }
    }
  }
}
