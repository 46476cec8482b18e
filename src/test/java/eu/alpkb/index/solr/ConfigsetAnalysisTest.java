package eu.alpkb.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.index.Analyzers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Solr configset analyses English texts as the embedded index does, where its schema repeats alpkb's rules. */
class ConfigsetAnalysisTest {
    @Test
    void the_english_field_spells_british_ise_with_a_z_as_the_embedded_index_does() throws Exception {
        String schema;
        try (InputStream in = Analyzers.class.getResourceAsStream("solr/configset/schema.xml")) {
            assertThat(in).isNotNull();
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(schema).contains("pattern=\"" + Analyzers.BRITISH_S.pattern() + "\"")
                .contains("replacement=\"" + Analyzers.AMERICAN_Z + "\"");
    }
}
