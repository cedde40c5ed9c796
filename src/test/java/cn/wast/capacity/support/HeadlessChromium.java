package cn.wast.capacity.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and its driver (installed by .ci/run), in Chinese and in the
 * Asia/Shanghai time zone, with numbered screenshots under target/screenshots/ named after the
 * test that takes them. The browser outlives the test: {@link #close()} gives it back, emptied,
 * for the next test of the same JVM.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver browser;
  private final WebDriverWait wait;
  private final String prefix;
  private int shot;

  public HeadlessChromium(String screenshotPrefix) {
    this.browser = Pool.borrow();
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    this.prefix = screenshotPrefix;
  }

  public WebDriver browser() {
    return browser;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  public void screenshot(String name) {
    try {
      Path target = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shot, name));
      Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs in on Tasklist's login form, as a person would, and waits until Tasklist shows. */
  public void signInToTasklist(int port, String user, String password) {
    signIn(port, "tasklist", user, password);
  }

  /**
   * Signs in on a webapp's login form (tasklist, cockpit, admin) and waits until the app shows.
   * A second person signing in here starts as at a browser of their own, without the first one's
   * cookies, local storage or tab.
   */
  public void signIn(int port, String app, String user, String password) {
    if (browser.getCurrentUrl().startsWith("http") && !Pool.emptied(browser)) {
      throw new IllegalStateException("the browser could not be emptied for the next person");
    }
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    By name = By.cssSelector("input[ng-model='username']");
    By secret = By.cssSelector("input[ng-model='password']");
    // The login form may render again once the translations have loaded: type, then check that
    // both fields hold what was typed, and type again if a re-render swallowed it.
    for (int attempt = 0; attempt < 5; attempt++) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(secret));
      try {
        WebElement nameField = browser.findElement(name);
        nameField.clear();
        nameField.sendKeys(user);
        WebElement secretField = browser.findElement(secret);
        secretField.clear();
        secretField.sendKeys(password);
        Thread.sleep(300);
        if (user.equals(browser.findElement(name).getDomProperty("value"))
            && password.equals(browser.findElement(secret).getDomProperty("value"))) {
          break;
        }
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        // rendered again while typing: try again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    screenshot("login-" + user);
    browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    if (app.equals("tasklist")) {
      // Tasklist turns to its deadline order once per session (scripts/task-list-view.js), which
      // loads the list again: let it, before the test acts on the list
      wait.until(driver -> ((JavascriptExecutor) driver)
          .executeScript("return window.sessionStorage.getItem('capacity-sorted-by-deadline')") != null);
    }
  }

  /** Uploads a PDF on the upload page (/documents) with its default kind, the board resolution. */
  public void uploadBoardResolution(int port, byte[] pdf) throws IOException {
    Path file = Files.createTempFile("理事会决议", ".pdf");
    Files.write(file, pdf);
    browser.get("http://localhost:" + port + "/documents");
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file']")));
    input.sendKeys(file.toAbsolutePath().toString());
    screenshot("upload-page");
    input.findElement(By.xpath("ancestor::form")).submit();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), file.getFileName().toString()));
    screenshot("uploaded");
  }

  /** What a society types into 学会申报: the year, the four capacities and its board resolution's details. */
  public record TypedApplication(int year, Map<String, String> capacities, String resolutionNumber,
      String contactName, String contactPhone, String contactEmail) {}

  /**
   * Starts 学会申报 in Tasklist as the signed-in society, types the application as a secretary does
   * (the meeting date the Chinese way), ticks the declaration and submits; fails with a screenshot
   * (start-refused) when the form is not accepted.
   */
  public void submitApplication(int port, TypedApplication typed) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    click(By.cssSelector(".start-process-action a, a.start-process-action, [cam-widget-header] .start-process-action"));
    click(By.xpath("//a[contains(normalize-space(.), '学会申报')]"));
    waitForSettledForm();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("申报年度", String.valueOf(typed.year()));
    texts.putAll(typed.capacities());
    texts.forEach(this::type);
    click(By.xpath("//label[starts-with(normalize-space(.), '研究同意的机构')]"
        + "/ancestor::div[contains(@class,'fjs-form-field')][1]//div[contains(@class,'fjs-input-group')]"));
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='理事会']"));
    WebElement date = input("会议日期");
    date.sendKeys(typed.year() + "年2月20日");
    date.sendKeys(org.openqa.selenium.Keys.TAB);
    type("决议文号", typed.resolutionNumber());
    type("联系人姓名", typed.contactName());
    type("联系电话", typed.contactPhone());
    type("联系邮箱", typed.contactEmail());
    texts.forEach(this::type); // retypes only what a late re-render of the form may have cleared
    WebElement declaration = browser.findElement(By.cssSelector(".fjs-form-field-checkbox input[type='checkbox']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", declaration);
    declaration.click();
    screenshot("application-form");
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    } catch (RuntimeException e) {
      screenshot("start-refused");
      throw e;
    }
  }

  /** Tasklist may render the form twice while it loads; wait until the rendering stays put. */
  public void waitForSettledForm() {
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    for (int i = 0; i < 10; i++) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      WebElement current = browser.findElement(By.cssSelector(".fjs-form"));
      if (current.equals(form)) {
        return;
      }
      form = current;
    }
  }

  public WebElement input(String label) {
    WebElement labelElement = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]")));
    String id = labelElement.getAttribute("for");
    WebElement input = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
    return input;
  }

  public void type(String label, String text) {
    // Headless Chromium now and then drops keystrokes into form-js text areas, and form-js may
    // render a field again while it is typed into: find the field afresh and try again, with
    // the same input event a keyboard would raise as the last resort.
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement field = input(label);
      if (text.equals(field.getDomProperty("value"))) {
        return;
      }
      field.click();
      field.clear();
      field.sendKeys(text);
      if (!text.equals(field.getDomProperty("value"))) {
        ((JavascriptExecutor) browser).executeScript(
            "const f = arguments[0];"
                + "const proto = f.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;"
                + "Object.getOwnPropertyDescriptor(proto, 'value').set.call(f, arguments[1]);"
                + "f.dispatchEvent(new Event('input', {bubbles: true}));",
            field, text);
      }
      if (text.equals(input(label).getDomProperty("value"))) {
        return;
      }
      waitForSettledForm();
    }
    assertThat(input(label).getDomProperty("value")).as(label).isEqualTo(text);
  }

  /**
   * Types into a field and leaves it with Tab, as a clerk does before pressing 完成, so that
   * form-js takes the value. A re-render of the form still pending from an earlier field can
   * empty the field after it was typed (seen once in CI): then it is typed again.
   */
  public void typeAndLeave(String label, String text) {
    for (int attempt = 0; attempt < 3; attempt++) {
      type(label, text);
      input(label).sendKeys(org.openqa.selenium.Keys.TAB);
      waitForSettledForm();
      if (text.equals(input(label).getDomProperty("value"))) {
        return;
      }
    }
    assertThat(input(label).getDomProperty("value")).as(label + " after leaving it").isEqualTo(text);
  }

  public void click(By locator) {
    try {
      WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
      element.click();
    } catch (RuntimeException e) {
      screenshot("failed");
      Object formErrors = ((JavascriptExecutor) browser).executeScript(
          "return Array.from(document.querySelectorAll('.fjs-has-errors, .fjs-form-field-error'))"
              + ".map(e => e.innerText.replace(/\\s+/g, ' ')).join(' | ')");
      throw new AssertionError("form errors: " + formErrors, e);
    }
  }

  /** Gives the browser back for the next test, signed out and with nothing of this test left. */
  @Override
  public void close() {
    Pool.giveBack(browser);
  }

  /**
   * Browsers kept for the next test of this JVM: starting Chromium costs about three seconds of
   * CPU, and a sign-in to Tasklist a third less in a browser that loaded it before. Each test
   * still gets a new tab, no cookies and the last site's storage emptied.
   */
  private static final class Pool {

    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(Pool::quitAll, "chromium-pool"));
    }

    static synchronized ChromeDriver borrow() {
      ChromeDriver idle = IDLE.poll();
      return idle != null ? idle : launch();
    }

    static void giveBack(ChromeDriver browser) {
      if (!emptied(browser)) {
        browser.quit();
        return;
      }
      synchronized (Pool.class) {
        IDLE.push(browser);
      }
    }

    private static synchronized void quitAll() {
      IDLE.forEach(ChromeDriver::quit);
      IDLE.clear();
    }

    private static ChromeDriver launch() {
      try {
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=1400,1100", "--lang=zh-CN",
            "--accept-lang=zh-CN,zh", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        // navigator.languages, which the webapps read to choose their language, as a Chinese user's
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            // the users' zone: the webapps show dates in the browser's zone
            .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
        return new ChromeDriver(service, options);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * A new tab in place of the test's (session storage lives and dies with a tab), without the
     * cookies and the last site's local storage; false if that failed.
     */
    private static boolean emptied(ChromeDriver browser) {
      try {
        String url = browser.getCurrentUrl();
        if (url != null && url.startsWith("http")) {
          URI page = URI.create(url);
          browser.executeCdpCommand("Storage.clearDataForOrigin", Map.of(
              "origin", page.getScheme() + "://" + page.getRawAuthority(), "storageTypes", "all"));
        }
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        Set<String> used = browser.getWindowHandles();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        for (String tab : used) {
          browser.switchTo().window(tab).close();
        }
        browser.switchTo().window(fresh);
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }
}
