package cn.wast.capacity.publicity;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public notice's settings ({@code capacity.publicity.*}); periods are ISO 8601.
 *
 * @param noticePeriod R-REV-3: how long the proposed list stands in public (公示十天)
 * @param objectionLimit how many objections one address (or one email) may raise per window
 * @param objectionLimitWindow the window the limit counts in
 * @param pageRequestLimit how many requests one client address may make to the public pages per
 *     window, before it is asked to wait
 * @param pageRequestWindow the window that limit counts in
 * @param objectionOffice where objections are received, shown on the public notice
 */
@ConfigurationProperties("capacity.publicity")
public record PublicityProperties(
    Period noticePeriod, int objectionLimit, Duration objectionLimitWindow, int pageRequestLimit,
    Duration pageRequestWindow, ObjectionOffice objectionOffice) {

  /**
   * R-SUP-2 (issue 19): the office that receives objections, as the public notice states it.
   *
   * @param address 异议受理地址
   * @param phone 异议受理电话
   * @param realNameNotice the sentence that objections must carry the objector's real name
   */
  public record ObjectionOffice(String address, String phone, String realNameNotice) {

    public ObjectionOffice {
      if (address == null || address.isBlank() || phone == null || phone.isBlank()
          || realNameNotice == null || realNameNotice.isBlank()) {
        throw new IllegalArgumentException(
            "capacity.publicity.objection-office needs address, phone and real-name-notice: the public notice states them");
      }
    }
  }

  public PublicityProperties {
    if (objectionOffice == null) {
      throw new IllegalArgumentException("capacity.publicity.objection-office is not set");
    }
  }
}
