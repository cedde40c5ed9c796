package cn.wast.capacity;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 学会能力提升专项 (Society Capacity Enhancement Programme) workflow system. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CapacityAwardApplication {

  public static void main(String[] args) {
    SpringApplication.run(CapacityAwardApplication.class, args);
  }
}
