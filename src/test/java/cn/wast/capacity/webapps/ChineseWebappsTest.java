package cn.wast.capacity.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps in Chinese: for Tasklist, Cockpit, Admin and Welcome, the project's {@code zh.json}
 * has exactly the keys of Camunda 7.24's {@code en.json} (so no label falls back to English), every
 * label is translated, its placeholders are kept, and the app's configuration makes Chinese the
 * default while English stays available.
 */
class ChineseWebappsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
  /** Labels that are the same in both languages: product names, codes and formats. */
  private static final Pattern UNTRANSLATED_ALLOWED = Pattern.compile(
      "^[\\p{Punct}\\s\\d]*$|^(Camunda|Cockpit|Tasklist|Admin|Optimize|BPMN|DMN|CMMN|ID|JSON|XML|CSV|URL|LDAP|REST|API|UUID|null|true|false|OK|FEEL|JUEL)\\b.*"
          + "|^<(null|undefined)>$|^[YMDHhmsSTZ:. '-]+$|.*\\{\\{[^}]*}}.*");

  private static JsonNode read(String app, String locale) throws IOException {
    String path = String.format(LOCALES, app, locale);
    try (InputStream in = ChineseWebappsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return JSON.readTree(text);
    }
  }

  private static Map<String, String> labels(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node.path("labels"), flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isObject()) {
        flatten(prefix + field.getKey() + ".", field.getValue(), flat);
      } else {
        flat.put(prefix + field.getKey(), field.getValue().asText());
      }
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    found.sort(String::compareTo);
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyLabelIsChinese(String app) throws IOException {
    Map<String, String> english = labels(read(app, "en"));
    Map<String, String> chinese = labels(read(app, "zh"));
    assertThat(chinese.keySet()).as(app + ": the keys of en.json").isEqualTo(english.keySet());
    List<String> untranslated = new ArrayList<>();
    List<String> brokenPlaceholders = new ArrayList<>();
    english.forEach((key, en) -> {
      String zh = chinese.get(key);
      if (zh.equals(en) && !en.isBlank() && !UNTRANSLATED_ALLOWED.matcher(en).matches()) {
        untranslated.add(key + " = " + en);
      }
      if (!placeholders(zh).equals(placeholders(en))) {
        brokenPlaceholders.add(key + ": " + en + " -> " + zh);
      }
    });
    assertThat(untranslated).as(app + ": labels left in English").isEmpty();
    assertThat(brokenPlaceholders).as(app + ": placeholders changed").isEmpty();
    if (read(app, "en").has("dateLocales")) {
      assertThat(read(app, "zh").path("dateLocales").path("months").get(0).asText()).isEqualTo("一月");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseIsTheDefaultAndEnglishStaysAvailable(String app) throws IOException {
    assertThat(text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js"))
        .contains("import shared from '../../shared-config.js';", "...shared");
    assertThat(text("META-INF/resources/webjars/camunda/app/shared-config.js"))
        .contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
  }

  private static String text(String path) throws IOException {
    try (InputStream in = ChineseWebappsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
