package eu.alpkb.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Crawls one web site into the index. */
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

    @Override
    public Integer call() {
        System.err.println("alpkb: crawling is not available in this build yet");
        return 2;
    }
}
