package cn.wast.capacity.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the running test server, over real HTTP: its own cookie jar, no
 * automatic redirects. {@link #login} signs a user in exactly as the Camunda webapps' login page
 * does, so that the session is the one Tasklist would have and the system's own pages (which read
 * the webapps' login from the HTTP session) see that user.
 *
 * <p>The Camunda 7.24 login sequence, as tried against this application:
 *
 * <ol>
 *   <li>{@code GET /camunda/app/tasklist/} (answers 302 to {@code …/tasklist/default/}): the
 *       webapps' CSRF filter opens an HTTP session ({@code JSESSIONID}, path {@code /}) and hands
 *       out the session's token as the cookie {@code XSRF-TOKEN} (path {@code /camunda}) and the
 *       header {@code X-XSRF-TOKEN};
 *   <li>{@code POST /camunda/api/admin/auth/user/default/login/tasklist}, form-encoded
 *       {@code username} and {@code password}, with the header {@code X-XSRF-TOKEN}: 200 and
 *       {@code {"userId":…,"authorizedApps":[…]}}; 401 for a wrong password (failures in a row
 *       make the user, and the client address, wait: 429, see {@code login/LoginThrottle}; so
 *       tests should not use a shared user for it); 403 without the header. The login replaces the session: new {@code JSESSIONID}, and the old CSRF token is
 *       gone with the old session while the browser still holds the old cookie;
 *   <li>{@code GET /camunda/api/admin/auth/user/default} ("who am I"): 200 with the user, and the
 *       CSRF filter hands out the new session's token (new {@code XSRF-TOKEN} cookie). Without this
 *       GET the next modifying {@code /camunda/…} request is refused with 403 <em>and the filter
 *       drops the session</em>, i.e. the user is logged out.
 * </ol>
 *
 * Every later request to a {@code /camunda/…} path carries the current {@code X-XSRF-TOKEN}
 * header, as the webapps' own scripts do, so that tests may call the webapps' API too. Requests
 * to the system's own pages carry only the cookies; their forms have their own token, read it
 * with {@link #hiddenField}.
 *
 * <pre>{@code
 * @LocalServerPort int port;
 * WebappSession society = WebappSession.login(port, "whjx", "demo");
 * WebappSession.Response page = society.get("/documents");
 * String token = WebappSession.hiddenField(page.text(), "_csrf").orElseThrow();
 * society.postMultipart("/documents/upload", Map.of("_csrf", token, "roundYear", "2026", "kind", "BOARD_RESOLUTION"),
 *     new WebappSession.FilePart("file", "决议.pdf", "application/pdf", pdfBytes));
 * }</pre>
 */
public final class WebappSession {

  public static final String TASKLIST = "/camunda/app/tasklist/";
  public static final String XSRF_COOKIE = "XSRF-TOKEN";
  public static final String XSRF_HEADER = "X-XSRF-TOKEN";
  public static final String SESSION_COOKIE = "JSESSIONID";
  /** The webapps' login on the engine {@code default}; the webapp's name follows. */
  public static final String LOGIN_PREFIX = "/camunda/api/admin/auth/user/default/login/";
  /** The webapps' "who is signed in" (200 with {@code {"userId":…}}, 404 when nobody is). */
  public static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";
  public static final String LOGOUT = "/camunda/api/admin/auth/user/default/logout";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private String userId;
  private boolean sendXsrfHeader = true;
  private final Map<String, String> extraHeaders = new LinkedHashMap<>();

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(TIMEOUT)
        .build();
  }

  /** A browser that has not signed in (and holds no cookies yet). */
  public static WebappSession anonymous(int port) {
    return new WebappSession(port);
  }

  /** A browser signed in to the webapps (engine {@code default}, via Tasklist) as this user. */
  public static WebappSession login(int port, String userId, String password) {
    return login(port, userId, password, "tasklist");
  }

  /**
   * A browser signed in through one webapp: {@code tasklist}, {@code cockpit} or {@code admin}
   * (the user must be authorized for it; auditors, for instance, only for Cockpit).
   */
  public static WebappSession login(int port, String userId, String password, String app) {
    WebappSession session = new WebappSession(port);
    Response response = session.tryLogin(userId, password, app);
    if (response.status() != 200) {
      throw new AssertionError("login of " + userId + " failed: HTTP " + response.status() + " " + response.text());
    }
    return session;
  }

  /**
   * Runs the login sequence in this session and returns the login's response (200 on success, 401
   * for a wrong user or password, 403 without a valid CSRF token).
   */
  public Response tryLogin(String user, String password) {
    return tryLogin(user, password, "tasklist");
  }

  /** As {@link #tryLogin(String, String)}, through the given webapp. */
  public Response tryLogin(String user, String password, String app) {
    Response tasklist = get(TASKLIST);
    if (tasklist.status() >= 400 || xsrfToken().isEmpty()) {
      throw new AssertionError("Tasklist gave no CSRF token: HTTP " + tasklist.status());
    }
    Response login = postForm(LOGIN_PREFIX + app, Map.of("username", user, "password", password));
    if (login.status() != 200) {
      return login;
    }
    // The login replaced the session and so dropped its CSRF token; a GET hands out the new one.
    String oldToken = xsrfToken().orElseThrow();
    Response whoAmI = get(WHO_AM_I);
    if (whoAmI.status() != 200 || !whoAmI.text().contains("\"userId\":\"" + user + "\"")
        || xsrfToken().orElseThrow().equals(oldToken)) {
      throw new AssertionError("after the login of " + user + " the session is not " + user + "'s: HTTP "
          + whoAmI.status() + " " + whoAmI.text());
    }
    this.userId = user;
    return login;
  }

  /**
   * Stops adding the {@code X-XSRF-TOKEN} header to {@code /camunda/…} requests, as a foreign
   * site's form would; for tests of the webapps' CSRF protection.
   */
  public WebappSession withoutXsrfHeader() {
    sendXsrfHeader = false;
    return this;
  }

  /** The user signed in through {@link #login}, if any. */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** The webapps' current CSRF token (the {@code XSRF-TOKEN} cookie). */
  public Optional<String> xsrfToken() {
    return cookie(XSRF_COOKIE);
  }

  /** A cookie this browser holds for the server. */
  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().get(URI.create(base + "/")).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Logs out through the webapps' API (the HTTP session ends). */
  public Response logout() {
    Response response = postForm(LOGOUT, Map.of());
    if (response.status() == 200) {
      userId = null;
    }
    return response;
  }

  /** Forgets the session cookie, as a browser does when the session ends. */
  public void forgetSession() {
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(SESSION_COOKIE))
        .toList()
        .forEach(c -> cookies.getCookieStore().remove(null, c));
  }

  // ---- requests ----

  public Response get(String path) {
    return send(request(path).GET());
  }

  /**
   * Sends this header with every later request of the session, as a proxy in front of the
   * server would (e.g. {@code X-Forwarded-Proto}) or a client with credentials ({@code Authorization}).
   */
  public WebappSession withHeader(String name, String value) {
    extraHeaders.put(name, value);
    return this;
  }

  /** Sends HTTP Basic credentials with every later request, as a REST client or a Prometheus scrape does. */
  public WebappSession withBasicAuth(String user, String password) {
    return withHeader("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** A request with a JSON body (or none, for {@code null}), as the REST API's clients send. */
  public Response sendJson(String method, String path, String json) {
    HttpRequest.Builder builder = request(path);
    if (json == null) {
      return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
    }
    return send(builder.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** A form post ({@code application/x-www-form-urlencoded}, UTF-8). */
  public Response postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(request(path)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A {@code multipart/form-data} post of text fields and files (names in UTF-8, as browsers send them). */
  public Response postMultipart(String path, Map<String, String> fields, FilePart... files) {
    String boundary = "----capacity" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(field.getKey())
          + "\"\r\n\r\n" + field.getValue() + "\r\n");
    }
    for (FilePart file : files) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(file.field())
          + "\"; filename=\"" + quoted(file.fileName()) + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
      body.writeBytes(file.content());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return send(request(path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Follows a redirect answer with a GET, as a browser does after a form post. */
  public Response follow(Response redirect) {
    String location = redirect.location().orElseThrow(() -> new AssertionError("not a redirect: " + redirect.status()));
    URI target = URI.create(base + "/").resolve(location);
    String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    return get(path);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    extraHeaders.forEach(builder::header);
    if (sendXsrfHeader && path.startsWith("/camunda/")) {
      xsrfToken().ifPresent(token -> builder.header(XSRF_HEADER, token));
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // ---- answers ----

  /** A file for {@link #postMultipart}; the content type is what the browser claims. */
  public record FilePart(String field, String fileName, String contentType, byte[] content) {}

  /** An HTTP answer: status, headers and the body as bytes. */
  public record Response(int status, HttpHeaders headers, byte[] body) {

    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public List<String> headers(String name) {
      return headers.allValues(name);
    }

    public Optional<String> location() {
      return header("Location");
    }

    public boolean isRedirect() {
      return status >= 300 && status < 400;
    }
  }

  // ---- pages ----

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([\\w-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

  /** The value of the first {@code <input>} of this name in a page (e.g. a form's CSRF token). */
  public static Optional<String> hiddenField(String html, String name) {
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(input.group());
      while (attribute.find()) {
        attributes.put(attribute.group(1).toLowerCase(), attribute.group(3) != null ? attribute.group(3) : attribute.group(4));
      }
      if (name.equals(attributes.get("name"))) {
        return Optional.ofNullable(attributes.get("value")).map(WebappSession::unescape);
      }
    }
    return Optional.empty();
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
