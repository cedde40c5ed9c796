package cn.wast.capacity;

/**
 * The variables the engine itself writes: those of a multi-instance activity (the experts'
 * scoring seats). The history shows them, so the audit names them.
 */
public final class EngineVariables {

  public static final String LOOP_COUNTER = "loopCounter";
  public static final String NR_OF_INSTANCES = "nrOfInstances";
  public static final String NR_OF_ACTIVE_INSTANCES = "nrOfActiveInstances";
  public static final String NR_OF_COMPLETED_INSTANCES = "nrOfCompletedInstances";

  private EngineVariables() {}
}
