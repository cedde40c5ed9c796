package cn.wast.capacity.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings of every PostgreSQL session the application's pool opens, given to the server at
 * connect ({@code options} of the JDBC driver); other databases' pools are left as they are.
 * <ul>
 *   <li>{@code plan_cache_mode = force_custom_plan}: Camunda's authorization check passes the
 *   permission bits as parameters ({@code PERMS_ & ? = ?}); the driver prepares a statement on the
 *   server after five uses, and PostgreSQL then switches to a generic plan that cannot use the
 *   statistics of {@code access/AuthorizationStatistics} and compares every task with every grant
 *   again (seven seconds a Tasklist page for an expert with 10,000 tasks, docs/benchmarks.md).</li>
 *   <li>{@code jit = off}: with every statement planned afresh, the task query of an expert with
 *   10,000 tasks costs more than {@code jit_above_cost}, and PostgreSQL compiles it to machine
 *   code on every run, which took most of the page's time (docs/benchmarks.md). The engine's
 *   queries are short index lookups, which compiled code never repays.</li>
 * </ul>
 * Options the datasource already carries (a {@code options} property or URL parameter) win.
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessionSettings {

  static final String OPTIONS = "-c plan_cache_mode=force_custom_plan -c jit=off";

  @Bean
  static BeanPostProcessor postgresSessionOptions() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
          configure(pool);
        }
        return bean;
      }
    };
  }

  static void configure(HikariDataSource pool) {
    String url = pool.getJdbcUrl();
    if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains("options=")
        && !pool.getDataSourceProperties().containsKey("options")) {
      pool.addDataSourceProperty("options", OPTIONS);
    }
  }
}
