package cn.wast.capacity.support;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.access.Groups;

/**
 * Tasklist accounts made over the engine REST API by the demo administrator, as the cluster and
 * load tests make them on nodes in other JVMs: societies' accounts (for {@link ManySocieties})
 * and staff accounts in one group (office staff, experts).
 */
public final class RestAccounts implements ManySocieties.Accounts {

  /** Sends one request as the administrator and returns the HTTP status. */
  public interface AdminRequests {
    int send(String method, String path, String body);
  }

  private final AdminRequests admin;

  public RestAccounts(AdminRequests admin) {
    this.admin = admin;
  }

  @Override
  public void create(String code, String email, String password) {
    String user = DemoUsers.userOf(code);
    String group = Groups.ofSociety(code);
    createUser(user, code, "学会", email, password);
    request("POST", "/engine-rest/group/create", "{\"id\":\"" + group + "\",\"name\":\"" + code + "\",\"type\":\"SOCIETY\"}");
    request("PUT", "/engine-rest/group/" + Groups.SOCIETIES + "/members/" + user, null);
    request("PUT", "/engine-rest/group/" + group + "/members/" + user, null);
  }

  @Override
  public void remove(String code) {
    request("DELETE", "/engine-rest/user/" + DemoUsers.userOf(code), null);
    request("DELETE", "/engine-rest/group/" + Groups.ofSociety(code), null);
  }

  /** A staff member's account in {@code group} (e.g. {@link Groups#OFFICE}, {@link Groups#EXPERTS}). */
  public void createStaff(String user, String name, String group, String password) {
    createUser(user, name, "", user + "@staff.example.cn", password);
    request("PUT", "/engine-rest/group/" + group + "/members/" + user, null);
  }

  private void createUser(String user, String firstName, String lastName, String email, String password) {
    request("POST", "/engine-rest/user/create", "{\"profile\":{\"id\":\"" + user + "\",\"firstName\":\"" + firstName
        + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email + "\"},\"credentials\":{\"password\":\"" + password
        + "\"}}");
  }

  private void request(String method, String path, String body) {
    int answer = admin.send(method, path, body);
    if (answer != 200 && answer != 204) {
      throw new IllegalStateException(method + " " + path + " answered " + answer);
    }
  }
}
