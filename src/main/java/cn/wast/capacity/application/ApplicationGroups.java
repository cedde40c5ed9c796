package cn.wast.capacity.application;

import cn.wast.capacity.access.Groups;
import org.springframework.stereotype.Component;

/**
 * The society's group as the application process's expressions name it
 * ({@code ${applicationGroups.ofSociety(societyCode)}}), derived from the society's code rather
 * than kept as a variable of its own that would only repeat it.
 */
@Component("applicationGroups")
public class ApplicationGroups {

  public String ofSociety(String societyCode) {
    return Groups.ofSociety(societyCode);
  }
}
