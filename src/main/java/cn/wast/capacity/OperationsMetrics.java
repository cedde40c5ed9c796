package cn.wast.capacity;

import cn.wast.capacity.mail.Outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What operations watch (Prometheus, {@code /actuator/prometheus}): the mails waiting in the
 * outbox ({@code capacity_outbox_backlog}) and the engine's open incidents
 * ({@code capacity_incidents_open}), read when scraped.
 */
@Component
class OperationsMetrics {

  OperationsMetrics(MeterRegistry registry, Outbox outbox, RuntimeService runtimeService) {
    Gauge.builder("capacity.outbox.backlog", outbox, Outbox::countPending)
        .description("mails waiting to be sent (pending or being sent)")
        .register(registry);
    Gauge.builder("capacity.incidents.open", runtimeService, r -> r.createIncidentQuery().count())
        .description("open incidents of the process engine")
        .register(registry);
  }
}
