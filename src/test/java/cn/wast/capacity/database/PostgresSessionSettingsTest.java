package cn.wast.capacity.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.CapacityTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CapacityTest
class PostgresSessionSettingsTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everySessionOfTheApplicationOnPostgresPlansWithValuesAndCompilesNothing() {
    HikariDataSource pool = (HikariDataSource) dataSource;
    if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      for (int connection = 0; connection < 3; connection++) {
        assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
        assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        pool.getHikariPoolMXBean().softEvictConnections();
      }
    } else {
      assertThat(pool.getDataSourceProperties()).doesNotContainKey("options");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class)).isNotNegative();
    }
  }

  @Test
  void onlyPostgresPoolsGetTheOptions() {
    HikariDataSource h2 = pool("jdbc:h2:mem:x");
    HikariDataSource postgres = pool("jdbc:postgresql://localhost:5432/capacity");

    assertThat(h2.getDataSourceProperties()).doesNotContainKey("options");
    assertThat(postgres.getDataSourceProperties().getProperty("options"))
        .isEqualTo("-c plan_cache_mode=force_custom_plan -c jit=off");
  }

  @Test
  void optionsTheOperatorGaveWin() {
    HikariDataSource inUrl = pool("jdbc:postgresql://localhost:5432/capacity?options=-c%20jit=on");
    HikariDataSource asProperty = new HikariDataSource();
    asProperty.setJdbcUrl("jdbc:postgresql://localhost:5432/capacity");
    asProperty.addDataSourceProperty("options", "-c work_mem=64MB");
    PostgresSessionSettings.configure(asProperty);

    assertThat(inUrl.getDataSourceProperties()).doesNotContainKey("options");
    assertThat(asProperty.getDataSourceProperties().getProperty("options")).isEqualTo("-c work_mem=64MB");
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    PostgresSessionSettings.configure(pool);
    return pool;
  }
}
