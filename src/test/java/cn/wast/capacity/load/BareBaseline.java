package cn.wast.capacity.load;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The bare baseline of the rush: a one-task process ({@code loadBare}, started through a copy of
 * the application's start form with the same submission, its task for the office and the experts) that the office deploys over REST, that the societies may
 * start, and a task filter over its tasks that the office and the experts may read. The same
 * users then drive it through the same webapp endpoints as the application in the alternating
 * windows.
 */
final class BareBaseline {

  static final String KEY = "loadBare";
  static final String FILTER = "负载测试基线待办";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RushCluster cluster;
  private String deployedBy;

  BareBaseline(RushCluster cluster) {
    this.cluster = cluster;
  }

  /** Who deployed it: the office, or the administrator when the office may not deploy. */
  String deployedBy() {
    return deployedBy;
  }

  void deploy() {
    FilePart[] files = {
        new FilePart("loadBare.bpmn", "loadBare.bpmn", "application/xml", resource("load/loadBare.bpmn")),
        new FilePart("apply.form", "apply.form", "application/json", resource("forms/apply.form"))};
    Map<String, String> fields = Map.of("deployment-name", "负载测试基线", "deployment-source", "load-test");
    Response byOffice = cluster.restSession("office1", RushCluster.DEMO_PASSWORD)
        .postMultipart("/engine-rest/deployment/create", fields, files);
    deployedBy = "office1";
    if (byOffice.status() == 403) {
      deployedBy = "admin";
      byOffice = cluster.restSession("admin", RushCluster.DEMO_PASSWORD)
          .postMultipart("/engine-rest/deployment/create", fields, files);
    }
    if (byOffice.status() != 200) {
      throw new IllegalStateException("the bare process was not deployed: " + byOffice.status() + " " + byOffice.text());
    }
    grant("{\"type\":1,\"groupId\":\"" + Groups.SOCIETIES + "\",\"resourceType\":6,\"resourceId\":\"" + KEY
        + "\",\"permissions\":[\"READ\",\"CREATE_INSTANCE\"]}");
    if (json(admin("GET", "/engine-rest/authorization?groupIdIn=" + Groups.SOCIETIES + "&resourceType=8", null)).isEmpty()) {
      grant("{\"type\":1,\"groupId\":\"" + Groups.SOCIETIES + "\",\"resourceType\":8,\"resourceId\":\"*\","
          + "\"permissions\":[\"CREATE\"]}");
    }
    Response filter = admin("POST", "/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"" + FILTER
        + "\",\"owner\":\"admin\",\"query\":{\"processDefinitionKey\":\"" + KEY + "\"},\"properties\":{\"priority\":99}}");
    if (filter.status() != 200) {
      throw new IllegalStateException("the bare filter was not created: " + filter.status() + " " + filter.text());
    }
    String filterId = json(filter).get("id").asText();
    for (String group : List.of(Groups.OFFICE, Groups.EXPERTS)) {
      grant("{\"type\":1,\"groupId\":\"" + group + "\",\"resourceType\":5,\"resourceId\":\"" + filterId
          + "\",\"permissions\":[\"READ\"]}");
    }
  }

  private void grant(String authorization) {
    Response granted = admin("POST", "/engine-rest/authorization/create", authorization);
    if (granted.status() != 200) {
      throw new IllegalStateException("authorization " + authorization + " refused: " + granted.status() + " "
          + granted.text());
    }
  }

  private Response admin(String method, String path, String body) {
    return cluster.rest("admin", RushCluster.DEMO_PASSWORD, method, path, body, 0);
  }

  static JsonNode json(Response answer) {
    try {
      return JSON.readTree(answer.text());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON (HTTP " + answer.status() + "): " + answer.text(), e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = BareBaseline.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
