package cn.wast.capacity.application;

/**
 * R-SUP-1: where a stage that finds signs of fraud (an objection upheld, a check's finding) has
 * the society's disqualification started, or joined when one is running. The disqualification
 * comes after every stage that can find fraud; {@code supervision.DisqualificationStarter} does it.
 */
public interface Disqualifications {

  /**
   * @param grounds what was found, as the office wrote it
   * @param source where it was found, as the investigation lists it
   */
  void start(String applicationKey, String grounds, String source);
}
