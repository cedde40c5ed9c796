package cn.wast.capacity.access;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The Chinese page our own pages answer with when they refuse or have only something to say
 * (not signed in, not allowed, not found, too large): a title, the message, and a link to sign in
 * or back to the user's webapp.
 */
public final class MessagePage {

  public static final String VIEW = "documents/message";
  public static final String TASKLIST = "/camunda/app/tasklist/";
  public static final String COCKPIT = "/camunda/app/cockpit/";

  private MessagePage() {}

  /** Sets the status and the page's model; returns the view name. {@code home} is the webapp to go back to. */
  public static String show(HttpServletResponse response, Model model, HttpStatus status, String title, String message,
      boolean loginLink, String home) {
    response.setStatus(status.value());
    model.addAttribute("title", title);
    model.addAttribute("message", message);
    model.addAttribute("loginLink", loginLink);
    model.addAttribute("tasklist", home);
    return VIEW;
  }
}
