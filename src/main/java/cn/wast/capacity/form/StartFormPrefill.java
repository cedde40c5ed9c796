package cn.wast.capacity.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Fills a process's start form, as delivered to the signed-in user, with what the system already
 * knows for them ({@link PrefilledStartForms}). The deployed form stays as it is.
 */
public interface StartFormPrefill {

  /** The process whose start form this fills. */
  String processKey();

  /** Fills {@code form} (the .form's JSON) for {@code user}; leaves it as it is for anyone else. */
  void fill(Authentication user, ObjectNode form);
}
