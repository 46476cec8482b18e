package eu.alpkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, one-line errors with exit code 2, index and search. */
class MainTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help_lists_every_command() {
        assertThat(Main.run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "index", "crawl", "search");
    }

    @Test
    void an_unknown_option_is_a_one_line_error_with_exit_code_2() {
        assertThat(Main.run("index", "--fulll")).isEqualTo(2);
        assertThat(stderr().strip().lines().count()).isEqualTo(1);
        assertThat(stderr()).contains("--fulll");
        assertThat(Main.run("search", "--size", "many")).isEqualTo(2);
    }

    @Test
    void a_broken_configuration_names_the_file_the_line_and_the_field() throws Exception {
        Path config = TestConfigs.withSources(tmp, "  - name: Bad Name\n    type: folder\n    path: nowhere\n");
        int code = Main.run("index", "--config", config.toString(), "--data", tmp.resolve("data").toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("alpkb.yaml:4").contains("sources[0].name");
        Files.writeString(config.resolve("alpkb.yaml"), "server:\n  port: seventy\n");
        assertThat(Main.run("search", "x", "--config", config.toString())).isEqualTo(1);
        assertThat(stderr()).contains("alpkb.yaml:2").contains("server.port");
    }

    @Test
    void a_solrcloud_backend_that_does_not_answer_is_a_one_line_error() {
        Path config = TestConfigs.withSources(tmp, "  []\n",
                "index:\n  backend: solrcloud\nsolr:\n  urls: [http://127.0.0.1:9/solr]\n  connectTimeoutMs: 2000\n");
        assertThat(Main.run("search", "x", "--config", config.toString(), "--data", tmp.resolve("data").toString()))
                .isEqualTo(1);
        List<String> errors = stderr().lines().filter(l -> l.startsWith("alpkb:")).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("alpkb: SolrCloud at http://127.0.0.1:9/solr does not answer: ");
        // a backend that is not there is named in the file's own words
        Path wrong = TestConfigs.withSources(tmp.resolve("wrong"), "  []\n", "index:\n  backend: elastic\n");
        assertThat(Main.run("search", "x", "--config", wrong.toString())).isEqualTo(1);
        assertThat(stderr()).contains("index.backend").contains("lucene or solrcloud");
    }

    @Test
    void index_then_search_from_the_command_line() {
        Path config = TestConfigs.withSources(tmp, TestConfigs.folderSource("pages", TestConfigs.PAGES));
        String data = tmp.resolve("data").toString();
        assertThat(Main.run("index", "--full", "--config", config.toString(), "--data", data)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("4 added").contains("4 documents in the index");
        out.reset();
        assertThat(Main.run("search", "Villebois", "--region", "Rhône-Alpes", "--config", config.toString(),
                "--data", data)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 results").contains("Plastipolis");
        out.reset();
        // the query text is never an error (an unmatched quote is read as words); a bad filter value is
        assertThat(Main.run("search", "\"broken", "--config", config.toString(), "--data", data)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("note: ");
        out.reset();
        assertThat(Main.run("search", "Villebois", "--json", "--config", config.toString(), "--data", data))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"suggestion\" : null")
                .contains("\"notice\" : null");
        assertThat(Main.run("search", "cluster", "--region", "Atlantis", "--config", config.toString(), "--data",
                data)).isEqualTo(2);
    }
}
