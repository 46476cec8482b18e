package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.alpkb.TestConfigs;
import eu.alpkb.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoints beyond search: documents, related, suggest, facets, exports, admin, operations. Runs on the embedded
 * index; {@link ApiSolrCloudIT} runs every test again with the documents in SolrCloud.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    void start() throws Exception {
        server = startServer(TestConfigs.folderSource("pages", TestConfigs.PAGES));
    }

    /** @return a server over the pages of {@code sources}, indexed in full */
    TestServer startServer(String sources) throws Exception {
        return TestServer.start(TestConfigs.withSources(tmp, sources), tmp.resolve("data"));
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private static String idOf(String query) throws Exception {
        return server.json("/api/search?q=" + query).get("hits").get(0).get("id").asText();
    }

    @Test
    void a_document_comes_with_its_text_and_the_evidence_of_its_tags() throws Exception {
        JsonNode doc = server.json("/api/documents/" + idOf("Piunti"));
        assertThat(doc.get("title").asText()).isEqualTo("Video interview: Marco Piunti, bioPmed");
        assertThat(doc.get("text").asText()).contains("medical device makers");
        assertThat(doc.get("type").asText()).isEqualTo("interview");
        assertThat(doc.get("date").asText()).isEqualTo("2014-07-24");
        assertThat(doc.get("regions").toString()).contains("ITC1");
        assertThat(doc.get("evidence").get("region").toString()).contains("Torino");
        assertThat(doc.get("source").asText()).isEqualTo("pages");
        // places only named in passing are kept apart from the regions, each with its evidence
        assertThat(doc.get("mentions").isArray()).isTrue();
        doc.get("mentions").forEach(m -> assertThat(m.get("evidence").size()).isPositive());
        assertThat(doc.has("event")).isTrue();
        // organisations found beyond the vocabulary come as a list of their own, each with its evidence
        assertThat(doc.get("foundOrgs").isArray()).isTrue();
    }

    @Test
    void unknown_and_malformed_ids_answer_404_in_json() throws Exception {
        for (String id : new String[] {"0000000000000000", "..%2F..%2Fetc%2Fpasswd", "abc"}) {
            HttpResponse<String> r = server.get("/api/documents/" + id);
            assertThat(r.statusCode()).as(id).isEqualTo(404);
            assertThat(TestServer.parse(r.body()).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void related_documents_never_include_the_document_itself() throws Exception {
        String id = idOf("Stuttgart");
        JsonNode related = server.json("/api/documents/" + id + "/related");
        assertThat(related.size()).isLessThanOrEqualTo(5);
        related.forEach(h -> assertThat(h.get("id").asText()).isNotEqualTo(id));
    }

    @Test
    void suggest_completes_titles_and_organisations() throws Exception {
        for (int i = 0; i < 200 && server.json("/api/suggest?q=plasti").size() == 0; i++) {
            Thread.sleep(100); // suggestions build in the background after indexing
        }
        JsonNode s = server.json("/api/suggest?q=plasti");
        assertThat(s.toString()).contains("Plastipolis");
        assertThat(server.json("/api/suggest?q=").size()).isZero();
    }

    @Test
    void facets_list_every_dimension() throws Exception {
        JsonNode f = server.json("/api/facets").get("facets");
        assertThat(f.fieldNames()).toIterable().contains("region", "sector", "type", "year", "lang", "org",
                "project");
        JsonNode regions = f.get("region");
        assertThat(regions.toString()).contains("\"value\":\"DE\"").contains("\"value\":\"DE11\"");
    }

    @Test
    void csv_export_streams_every_match_with_a_header() throws Exception {
        HttpResponse<String> r = server.get("/api/search.csv?q=");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).startsWith(ExportController.BOM + "id,url,title,type,date");
        assertThat(lines).hasSize(1 + 4);
    }

    @Test
    void atom_feed_lists_newest_matches() throws Exception {
        HttpResponse<String> r = server.get("/api/search.atom?q=cluster");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("<entry>");
    }

    @Test
    void admin_calls_need_the_token() throws Exception {
        HttpResponse<String> none = server.send(server.request("/api/admin/reindex")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(none.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = server.send(server.request("/api/admin/report")
                .header("Authorization", "Bearer nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(TestServer.parse(wrong.body()).get("error").asText()).contains("token");
    }

    @Test
    void a_reindex_runs_as_a_job_and_reports_its_progress() throws Exception {
        HttpResponse<String> started = server.send(server.adminRequest("/api/admin/reindex")
                .POST(HttpRequest.BodyPublishers.ofString("{\"full\": true}")));
        assertThat(started.statusCode()).isEqualTo(202);
        String jobId = TestServer.parse(started.body()).get("jobId").asText();
        JsonNode job = null;
        for (int i = 0; i < 200; i++) {
            job = TestServer.parse(server.send(server.adminRequest("/api/admin/jobs/" + jobId)).body());
            if (!job.get("state").asText().matches("queued|running")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(job.get("state").asText()).isEqualTo("succeeded");
        assertThat(job.get("processed").asInt()).isEqualTo(4);
        JsonNode report = TestServer.parse(server.send(server.adminRequest("/api/admin/report")).body());
        assertThat(report.get("completed").asBoolean()).isTrue();
        assertThat(server.json("/health").get("documents").asInt()).isEqualTo(4);
    }

    @Test
    void a_bad_reindex_body_is_a_400() throws Exception {
        HttpResponse<String> r = server.send(server.adminRequest("/api/admin/reindex")
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\": \"nope\"}")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(TestServer.parse(r.body()).get("error").asText()).contains("no source named 'nope'");
    }

    @Test
    void metrics_and_openapi_are_served() throws Exception {
        server.get("/api/search?q=metrics+cluster+check");
        server.get("/api/search?q=metrics+cluster+check");
        HttpResponse<String> m = server.get("/metrics");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body()).contains("alpkb_index_documents").contains("alpkb_http_requests_seconds_bucket")
                .contains("route=\"/api/search\"");
        assertThat(m.body()).containsPattern("alpkb_result_cache_hits_total(\\{[^}]*})? [1-9]")
                .contains("alpkb_result_cache_misses_total").contains("alpkb_result_cache_size");
        JsonNode api = server.json("/openapi.json");
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").has("/api/search")).isTrue();
    }

    @Test
    void answers_are_compressed_for_clients_that_ask() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> plain = client.send(server.request("/api/search?q=cluster").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = client.send(server.request("/api/search?q=cluster")
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes();
        JsonNode packed = TestServer.parse(new String(unpacked, StandardCharsets.UTF_8));
        JsonNode unpackedPlain = TestServer.parse(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(packed.get("hits")).isEqualTo(unpackedPlain.get("hits"));
        assertThat(packed.get("facets")).isEqualTo(unpackedPlain.get("facets"));
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void pages_carry_security_headers() throws Exception {
        HttpResponse<String> r = server.get("/?q=cluster");
        assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("content-security-policy").orElse("")).contains("frame-ancestors 'none'");
    }

    @Test
    void an_api_refusal_speaks_the_language_the_client_asks_for_and_english_by_default() throws Exception {
        HttpResponse<String> fr = server.send(server.request("/api/search?q=x&region=Atlantis")
                .header("Accept-Language", "fr-CH,fr;q=0.9,en;q=0.5"));
        assertThat(fr.statusCode()).isEqualTo(400);
        assertThat(fr.headers().allValues("vary")).anyMatch(v -> v.contains("Accept-Language"));
        JsonNode error = TestServer.parse(fr.body());
        // the same shape in every language: the message and the status, nothing else
        assertThat(error.fieldNames()).toIterable().containsExactly("error", "status");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isEqualTo(
                "région inconnue « Atlantis » ; utilisez un code NUTS comme ITC1 ou un nom de région comme Piémont");

        JsonNode english = TestServer.parse(server.send(server.request("/api/search?q=x&region=Atlantis")).body());
        assertThat(english.get("error").asText()).startsWith("unknown region 'Atlantis'");
        // hl wins over the header, as on the pages
        JsonNode german = TestServer.parse(server.send(server.request("/api/search?q=x&region=Atlantis&hl=de")
                .header("Accept-Language", "fr")).body());
        assertThat(german.get("error").asText()).startsWith("unbekannte Region „Atlantis“");
    }

    @Test
    void not_found_and_unauthorised_answers_follow_accept_language_too() throws Exception {
        HttpResponse<String> doc = server.send(server.request("/api/documents/nope").header("Accept-Language", "sl"));
        assertThat(doc.statusCode()).isEqualTo(404);
        assertThat(TestServer.parse(doc.body()).get("error").asText()).isEqualTo("dokumenta z oznako »nope« ni");
        HttpResponse<String> nowhere = server.send(server.request("/api/nowhere").header("Accept-Language", "it"));
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(TestServer.parse(nowhere.body()).get("error").asText())
                .isEqualTo("A questo indirizzo non c’è nessuna pagina.");
        HttpResponse<String> admin = server.send(server.request("/api/admin/jobs").header("Accept-Language", "de"));
        assertThat(admin.statusCode()).isEqualTo(401);
        assertThat(TestServer.parse(admin.body()).get("error").asText())
                .isEqualTo("Admin-Token fehlt oder ist falsch; senden Sie den Header „Authorization: Bearer TOKEN“");
        HttpResponse<String> english = server.send(server.request("/api/documents/nope"));
        assertThat(TestServer.parse(english.body()).get("error").asText()).isEqualTo("no document with id 'nope'");
    }
}
