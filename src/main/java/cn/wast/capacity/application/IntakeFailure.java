package cn.wast.capacity.application;

import cn.wast.capacity.InputRefusedException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * A step of a society's submission that cannot run for a technical reason (the registry
 * unreadable, a record its readers cannot read) is no verdict on the application: the whole
 * submission is refused with a Chinese message and its transaction rolls back, so that nothing is
 * left half-written and the society submits its kept form again. A second application at the same
 * moment is left as it is, for {@code SimultaneousSubmissions} to run once more.
 */
public final class IntakeFailure {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeFailure.class);

  private IntakeFailure() {}

  /** The message, after {@link InputRefusedException#PREFIX}, for a step such as 资格审查. */
  public static String message(String step) {
    return step + "因系统故障暂时无法完成，本次申报未提交（已填写的内容仍保留，无需修改），请稍后重新提交；如仍不成功，请联系专项办公室";
  }

  public static <T> T refuseOnFailure(String step, String society, Supplier<T> work) {
    try {
      return work.get();
    } catch (InputRefusedException | DuplicateKeyException expected) {
      throw expected;
    } catch (RuntimeException failure) {
      LOG.error("{} of an application of {} could not be run; the submission is refused and rolled back",
          step, society, failure);
      InputRefusedException refused = new InputRefusedException(message(step));
      refused.initCause(failure);
      throw refused;
    }
  }

  public static void refuseOnFailure(String step, String society, Runnable work) {
    refuseOnFailure(step, society, () -> {
      work.run();
      return null;
    });
  }
}
