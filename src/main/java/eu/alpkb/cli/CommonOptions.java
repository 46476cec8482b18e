package eu.alpkb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    static final String DEFAULT_CONFIG = "index-config";
    static final String DEFAULT_DATA = "data";

    @Option(names = "--config", paramLabel = "DIR", description = "configuration folder (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_CONFIG)
    Path config;

    @Option(names = "--data", paramLabel = "DIR",
            description = "index and state folder (default: env ALPKB_DATA, else ${DEFAULT-VALUE})",
            defaultValue = "${env:ALPKB_DATA:-" + DEFAULT_DATA + "}")
    Path data;
}
