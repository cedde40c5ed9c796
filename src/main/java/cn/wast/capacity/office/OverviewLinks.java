package cn.wast.capacity.office;

import cn.wast.capacity.access.SignedInUser;

/**
 * Where an entry of the overview leads: the office works on the task in Tasklist; an auditor, who
 * has no tasks, reads the instance's audit trail.
 */
record OverviewLinks(boolean worksOnTasks) {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  static OverviewLinks of(SignedInUser user) {
    return new OverviewLinks(user.isOffice());
  }

  String task(String taskId, String processInstanceId) {
    return worksOnTasks ? TASKLIST + "#/?task=" + taskId : trail(processInstanceId);
  }

  String taskLabel() {
    return worksOnTasks ? "打开任务" : "审计记录";
  }

  String trail(String processInstanceId) {
    return "/audit/instances/" + processInstanceId + "/print";
  }
}
