package eu.alpkb.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code alpkb} command line: {@code serve} (default), {@code index}, {@code crawl}, {@code search}. */
@Command(name = "alpkb", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Full-text search and knowledge base for EU project archives.",
        subcommands = {ServeCommand.class, IndexCommand.class, CrawlCommand.class, SearchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Option(names = "--port", paramLabel = "N", description = "HTTP port (default: env ALPKB_PORT, else"
            + " alpkb.yaml's server.port)")
    Integer port;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("alpkb: " + e.getMessage() + " (see alpkb --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("alpkb: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    static String oneLine(Throwable e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = msg.indexOf('\n');
        return nl > 0 ? msg.substring(0, nl) : msg;
    }

    /** Without a subcommand, serve. */
    @Override
    public Integer call() throws Exception {
        return new ServeCommand(common, port).call();
    }

    /** Prints the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"alpkb " + (v == null ? "development build" : v)};
        }
    }
}
