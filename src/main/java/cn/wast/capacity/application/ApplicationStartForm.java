package cn.wast.capacity.application;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.form.StartFormPrefill;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The application form (apply.form) as a society's account opens it in Tasklist: the year and
 * the contact person filled in ({@link ApplicationPrefill}), and at the top who applies, until
 * when, and whether the board resolution is there. An account that acts for several societies
 * gets the form as deployed (it applies from the society's own page).
 */
@Component
class ApplicationStartForm implements StartFormPrefill {

  static final String STATUS_ID = "Text_applicationStatus";

  private final ApplicationPrefill prefill;
  private final SocietyRegistry societies;

  ApplicationStartForm(ApplicationPrefill prefill, SocietyRegistry societies) {
    this.prefill = prefill;
    this.societies = societies;
  }

  @Override
  public String processKey() {
    return "application";
  }

  @Override
  public void fill(Authentication user, ObjectNode form) {
    List<String> codes = user.getGroupIds() == null ? List.of()
        : user.getGroupIds().stream().map(Groups::societyOf).flatMap(Optional::stream).toList();
    if (codes.size() != 1) {
      return;
    }
    Optional<Society> society = societies.findByCode(codes.get(0));
    if (society.isEmpty()) {
      return;
    }
    ArrayNode components = (ArrayNode) form.get("components");
    defaults(components, prefill.values(society.get()));
    ObjectNode status = components.objectNode();
    status.put("type", "text");
    status.put("id", STATUS_ID);
    status.put("text", prefill.status(society.get()));
    components.insert(1, status);
  }

  private static void defaults(ArrayNode components, Map<String, Object> values) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        defaults((ArrayNode) component.get("components"), values);
      }
      Object value = component.has("key") ? values.get(component.get("key").asText()) : null;
      if (value instanceof Integer number) {
        ((ObjectNode) component).put("defaultValue", number);
      } else if (value != null) {
        ((ObjectNode) component).put("defaultValue", value.toString());
      }
    }
  }
}
