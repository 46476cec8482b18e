package eu.alpkb.cli;

import eu.alpkb.Services;
import eu.alpkb.config.Config;
import eu.alpkb.pipeline.Indexer;
import eu.alpkb.admin.Monitoring;
import eu.alpkb.admin.ReindexSchedule;
import eu.alpkb.web.AdminToken;
import eu.alpkb.web.WebApp;
import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the search API and pages; indexes the configured sources in the background when the index is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the search API and pages (default).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: env ALPKB_PORT, else alpkb.yaml)")
    Integer port;

    ServeCommand() {
    }

    ServeCommand(CommonOptions common, Integer port) {
        this.common = common;
        this.port = port;
    }

    @Override
    public Integer call() throws Exception {
        Config config = Launch.config(common);
        int httpPort = port != null ? port : envPort(config.service().server().port());
        Services services = Launch.services(config, common);
        AdminToken token = AdminToken.fromEnvironment();
        if (!token.configured()) {
            log.info("Admin API disabled: set {} to enable it", AdminToken.ENV);
        }
        Javalin app = WebApp.create(services, token, new Monitoring(services.jobs(), services.reader()));
        ReindexSchedule schedule = new ReindexSchedule(services.jobs(), () -> services.sources().configured(null),
                config.service().schedule().incrementalEveryMinutes());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down: finishing requests, stopping jobs");
            schedule.close();
            app.stop();
            try {
                services.close();
            } catch (Exception e) {
                log.warn("Error while closing: {}", e.toString());
            }
            stopped.countDown();
        }, "shutdown"));
        app.start("0.0.0.0", httpPort);
        log.info("alpkb serving on http://localhost:{}/ ({} documents)", app.port(), services.reader().documentCount());
        if (!services.reader().hasIndex() && !config.service().sources().isEmpty()) {
            log.info("The index is empty: indexing the configured sources in the background");
            services.jobs().start(Indexer.Mode.FULL, null, () -> services.sources().configured(null));
        }
        stopped.await();
        return 0;
    }

    private static int envPort(int configured) {
        String env = System.getenv("ALPKB_PORT");
        if (env == null || env.isBlank()) {
            return configured;
        }
        try {
            int p = Integer.parseInt(env.strip());
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("ALPKB_PORT must be a port number between 0 and 65535");
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ALPKB_PORT must be a port number; got '" + env + "'");
        }
    }
}
