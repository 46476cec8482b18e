package eu.alpkb.cli;

import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.config.SourceConfig;
import eu.alpkb.ingest.Outcome;
import eu.alpkb.ingest.Source;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.pipeline.RunReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Crawls one web site into the index: an incremental run over a web source named after the host, which may be on
 * a private network or this machine (the user named it), while every other host stays out of bounds.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = "Crawl one web site into the index.")
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "URL", description = "start address (http or https)")
    String url;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000", description = "(default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "6", description = "(default: ${DEFAULT-VALUE})")
    int maxDepth;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "" + SourceConfig.DEFAULT_DELAY_MS,
            description = "pause between two requests to the site; robots.txt may ask for more"
                    + " (default: ${DEFAULT-VALUE})")
    long delayMs;

    @Override
    public Integer call() throws Exception {
        URI start;
        try {
            start = new URI(url.strip());
        } catch (URISyntaxException e) {
            System.err.println("alpkb: not a URL: " + url);
            return 2;
        }
        String scheme = start.getScheme() == null ? "" : start.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || start.getHost() == null) {
            System.err.println("alpkb: crawl needs an http or https URL with a host, got: " + url);
            return 2;
        }
        if (maxPages < 1 || maxPages > 10_000_000) {
            System.err.println("alpkb: --max-pages must be between 1 and 10000000");
            return 2;
        }
        if (maxDepth < 0 || maxDepth > 1000) {
            System.err.println("alpkb: --max-depth must be between 0 and 1000");
            return 2;
        }
        if (delayMs < 0) {
            System.err.println("alpkb: --delay-ms must not be negative");
            return 2;
        }
        Config config = Launch.config(common);
        try (Services services = Launch.services(config, common)) {
            // Private addresses are allowed for the named host only: the allowed hosts default to the start's.
            SourceConfig sc = new SourceConfig(sourceName(start.getHost()), SourceConfig.SourceType.WEB, null, null,
                    List.of(start.toString()), null, null, null, maxDepth, maxPages, null, delayMs, null, null, true);
            Source source = services.sources().build(sc);
            System.out.println("crawling " + start + " as source '" + sc.name() + "' (at most " + maxPages
                    + " pages, " + maxDepth + " links deep)");
            RunReport report = services.indexer().run(List.of(source), Indexer.Mode.INCREMENTAL,
                    new IndexCommand.ConsoleProgress(10), () -> false);
            System.out.println();
            for (Outcome o : report.outcomes()) {
                if (o.status() != Outcome.Status.OK) {
                    System.out.println(o.status().name().toLowerCase(Locale.ROOT) + "\t" + o.url() + "\t"
                            + o.reason());
                }
            }
            System.out.println(report.summary());
            System.out.println(services.reader().documentCount() + " documents in the index");
            // A crawl that reached nothing at all (site down, start address refused) did not do its job.
            boolean reachedSomething = report.added() + report.updated() + report.unchanged() > 0
                    || report.failed() == 0;
            return report.completed() && reachedSomething ? 0 : 1;
        }
    }

    /** @return a valid source name for a host: {@code www.example.org} becomes {@code www-example-org} */
    static String sourceName(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "web" : name;
    }
}
