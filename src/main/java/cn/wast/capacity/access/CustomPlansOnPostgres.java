package cn.wast.capacity.access;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, every statement is planned with its parameters' values. Camunda's authorization
 * check passes the permission bits as parameters ({@code PERMS_ & ? = ?}); the driver prepares a
 * statement on the server after five uses, and PostgreSQL then switches to a generic plan that
 * cannot use {@link AuthorizationStatistics} and compares every task with every grant again
 * (seven seconds a Tasklist page for an expert with 10,000 tasks, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class CustomPlansOnPostgres {

  @Bean
  static BeanPostProcessor planWithParameterValues() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
            && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
          pool.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        }
        return bean;
      }
    };
  }
}
