package eu.alpkb.ingest.crawl;

import eu.alpkb.ingest.Reason;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches each site's robots.txt once per crawl and answers what it allows. The parsing is crawler-commons'; the
 * policy for a robots.txt that cannot be read follows RFC 9309: missing (4xx) allows everything, unreachable (5xx,
 * 429, network failure) allows nothing for this run, and the pages that could not be checked are reported as
 * failures rather than dropped, so that the index keeps them.
 */
final class RobotsCache {
    /**
     * The rules of one site.
     *
     * @param unreachable when robots.txt could not be read: why; nothing on the site may then be fetched
     * @param crawlDelay  the delay the site asks for, capped; zero when it asks for none
     * @param sitemaps    sitemap addresses it declares
     */
    record Robots(BaseRobotRules rules, Reason unreachable, Duration crawlDelay, List<String> sitemaps) {
        boolean allows(String url) {
            return unreachable == null && rules.isAllowed(url);
        }
    }

    private final String agent;
    private final Duration maxCrawlDelay;
    private final ResourceLoader loader;
    private final Map<String, Robots> byOrigin = new HashMap<>();

    RobotsCache(String userAgent, Duration maxCrawlDelay, ResourceLoader loader) {
        this.agent = agentToken(userAgent);
        this.maxCrawlDelay = maxCrawlDelay;
        this.loader = loader;
    }

    /** @return the rules for {@code origin} ({@code scheme://host[:port]}), fetching them the first time */
    Robots forOrigin(String origin) throws InterruptedException {
        Robots known = byOrigin.get(origin);
        if (known != null) {
            return known;
        }
        String url = origin + "/robots.txt";
        Robots robots = interpret(url, loader.load(URI.create(url)), agent, maxCrawlDelay);
        byOrigin.put(origin, robots);
        return robots;
    }

    /** @return the rules for {@code origin} if they were fetched already, else null; never fetches */
    Robots known(String origin) {
        return byOrigin.get(origin);
    }

    /** @return the rules a robots.txt response gives to {@code agent} */
    static Robots interpret(String url, FetchResult r, String agent, Duration maxCrawlDelay) {
        if (!r.responded()) {
            return unreachable(Reason.of("robotsNotFetched", "robots.txt could not be fetched: ").then(r.failure()));
        }
        int s = r.status();
        if (s >= 200 && s < 300) {
            if (!r.bodyUsable()) {
                return unreachable(Reason.of("robotsNotWhole", "robots.txt could not be read whole: ")
                        .then(r.failure()));
            }
            // The parser never refuses a site over its crawl delay; the cap below decides instead.
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
            BaseRobotRules rules = parser.parseContent(url, r.body(), r.contentType(), List.of(agent));
            long delayMs = rules.getCrawlDelay();
            Duration delay = delayMs <= 0 ? Duration.ZERO : Duration.ofMillis(delayMs);
            if (delay.compareTo(maxCrawlDelay) > 0) {
                delay = maxCrawlDelay;
            }
            return new Robots(rules, null, delay, List.copyOf(rules.getSitemaps()));
        }
        if (s == 429 || s >= 500) {
            return unreachable(Reason.of("robotsUnreachable", "robots.txt unreachable (").then(r.failure())
                    .then(Reason.of("closeParenthesis", ")")));
        }
        // 3xx left after following redirects, and 4xx: the site has no robots.txt to obey.
        return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null, Duration.ZERO,
                List.of());
    }

    private static Robots unreachable(Reason why) {
        return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                why.then(Reason.of("siteWaitsForRobots", "; the site is not crawled until it can be read")),
                Duration.ZERO, List.of());
    }

    /** @return the product token robots.txt groups are matched against: "alpkb-crawler" for "alpkb-crawler/0.1" */
    static String agentToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return token.isEmpty() ? "*" : token;
    }
}
