package cn.wast.capacity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Where the project's own gates stand in the chain every engine command passes. */
public final class EngineCommandGates {

  private EngineCommandGates() {}

  /** Before the transaction and the command context: the command has not started. */
  public static void addBeforeTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor gate) {
    List<CommandInterceptor> gates = configuration.getCustomPreCommandInterceptorsTxRequired();
    configuration.setCustomPreCommandInterceptorsTxRequired(with(gates, gate));
  }

  /** Inside the transaction and the command context: throwing rolls the command back. */
  public static void addInsideTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor gate) {
    List<CommandInterceptor> gates = configuration.getCustomPostCommandInterceptorsTxRequired();
    configuration.setCustomPostCommandInterceptorsTxRequired(with(gates, gate));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> gates, CommandInterceptor gate) {
    List<CommandInterceptor> all = gates == null ? new ArrayList<>() : new ArrayList<>(gates);
    all.add(gate);
    return all;
  }
}
