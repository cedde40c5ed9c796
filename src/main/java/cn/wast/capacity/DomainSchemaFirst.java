package cn.wast.capacity;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates the domain tables before the process engine starts, so that engine start-up
 * (deployment, the identity set-up that reads the society registry) always finds them, and Flyway
 * never meets a schema that the engine has already filled.
 */
@Configuration(proxyBeanMethods = false)
class DomainSchemaFirst {

  private static final String ENGINE = "processEngineFactoryBean";
  private static final String FLYWAY = "flywayInitializer";

  @Bean
  static BeanFactoryPostProcessor processEngineAfterFlyway() {
    return (ConfigurableListableBeanFactory factory) -> {
      if (factory.containsBeanDefinition(ENGINE) && factory.containsBeanDefinition(FLYWAY)) {
        BeanDefinition engine = factory.getBeanDefinition(ENGINE);
        String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
        String[] withFlyway = Arrays.copyOf(dependsOn, dependsOn.length + 1);
        withFlyway[dependsOn.length] = FLYWAY;
        engine.setDependsOn(withFlyway);
      }
    };
  }
}
