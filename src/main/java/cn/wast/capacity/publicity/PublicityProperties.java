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
 */
@ConfigurationProperties("capacity.publicity")
public record PublicityProperties(
    Period noticePeriod, int objectionLimit, Duration objectionLimitWindow, int pageRequestLimit,
    Duration pageRequestWindow) {}
