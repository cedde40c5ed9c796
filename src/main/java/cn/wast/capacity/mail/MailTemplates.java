package cn.wast.capacity.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Chinese mail templates, read once from {@code mail/*.txt} on the classpath (UTF-8). A
 * template's first line is {@code 主题：…} (the subject), then a blank line, then the body;
 * placeholders are {@code {{key}}}. A template whose placeholders differ from its
 * {@link MailType#modelKeys()} stops the application at start-up.
 */
@Component
public class MailTemplates {

  static final String SUBJECT_PREFIX = "主题：";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

  private final Map<MailType, Template> templates = new EnumMap<>(MailType.class);

  public MailTemplates() {
    for (MailType type : MailType.values()) {
      templates.put(type, load(type));
    }
  }

  /**
   * Writes a mail of the given type. Extra keys in the model are ignored; values are inserted
   * as they are (not read again for placeholders).
   *
   * @throws IllegalArgumentException if a placeholder of the template has no value
   */
  public RenderedMail render(MailType type, Map<String, String> model) {
    if (type == null) {
      throw new IllegalArgumentException("mail type is missing");
    }
    Map<String, String> values = model == null ? Map.of() : model;
    Set<String> missing = new LinkedHashSet<>();
    for (String key : type.modelKeys()) {
      if (values.get(key) == null) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "mail " + type + " (" + type.templatePath() + ") has no value for " + missing);
    }
    Template template = templates.get(type);
    // The subject is one line; a body value keeps its lines, with the template's line ends.
    String subject = fill(template.subject(), values, true).strip();
    String body = fill(template.body(), values, false);
    return new RenderedMail(subject, body);
  }

  private static String fill(String text, Map<String, String> values, boolean oneLine) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 256);
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      value = oneLine ? value.replaceAll("[\\r\\n]+", " ") : value.replace("\r\n", "\n").replace('\r', '\n');
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Template load(MailType type) {
    String text = read(type.templatePath()).replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int firstLineEnd = text.indexOf('\n');
    if (!text.startsWith(SUBJECT_PREFIX) || firstLineEnd < 0
        || !text.startsWith("\n", firstLineEnd + 1)) {
      throw new IllegalStateException(type.templatePath()
          + ": the first line must be '" + SUBJECT_PREFIX + "…', followed by a blank line and the body");
    }
    String subject = text.substring(SUBJECT_PREFIX.length(), firstLineEnd).strip();
    String body = text.substring(firstLineEnd + 2).stripTrailing() + "\n";
    if (subject.isEmpty() || body.isBlank()) {
      throw new IllegalStateException(type.templatePath() + ": subject or body is empty");
    }
    Set<String> used = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(subject + "\n" + body);
    while (matcher.find()) {
      used.add(matcher.group(1));
    }
    if (!used.equals(type.modelKeys())) {
      throw new IllegalStateException(type.templatePath() + " uses placeholders " + used
          + " but " + type + " declares " + type.modelKeys());
    }
    return new Template(subject, body);
  }

  private static String read(String path) {
    ClassPathResource resource = new ClassPathResource(path);
    try (InputStream in = resource.getInputStream()) {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(path + " is not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("mail template " + path + " cannot be read", e);
    }
  }

  private record Template(String subject, String body) {}
}
