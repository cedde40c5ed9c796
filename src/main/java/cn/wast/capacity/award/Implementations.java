package cn.wast.capacity.award;

/**
 * R-REV-3, R-FUND-1: where an award's implementation (专项实施: fund plan, checks, money) is
 * started. Implementation comes after the award; {@code funds.ImplementationStarter} starts its
 * process.
 */
public interface Implementations {

  void start(String applicationKey);
}
