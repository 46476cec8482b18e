package eu.alpkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.config.Vocabularies;
import eu.alpkb.enrich.EnrichedDocument;
import eu.alpkb.enrich.Event;
import eu.alpkb.enrich.FoundOrganisation;
import eu.alpkb.enrich.Person;
import eu.alpkb.enrich.SourceCopy;
import eu.alpkb.enrich.Tag;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {
    @Test
    void mentions_and_the_event_are_stored_but_only_regions_are_facet_values() throws Exception {
        Vocabularies vocab = ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig(), vocab);
        ExtractedDocument doc = new ExtractedDocument("https://example.org/a", null, "A title", "Some text", "", null,
                LocalDate.of(2021, 3, 1), "en", "text/html", 0, List.of(), List.of());
        EnrichedDocument e = new EnrichedDocument("id1", "test", doc, "event", "en",
                List.of(new Tag("FR71", List.of("Lyon"))), List.of(new Tag("AT13", List.of("Vienna"))), List.of(),
                List.of(), List.of(), new Event("2021-05-12", "FR71", "in Lyon on 12 May 2021"), Instant.EPOCH,
                "hash", false, List.of(new SourceCopy("mirror", "https://mirror.example/a.html")),
                List.of(new Person("Jane Doe", "director of a cluster", "Jane Doe, director of a cluster, opened it.")));

        Document lucene = mapper.toLucene(e, "bytes");

        assertThat(DocumentMapper.storedTags(lucene).get(IndexFields.MENTIONS)).extracting(Tag::id)
                .containsExactly("AT13");
        assertThat(DocumentMapper.storedEvent(lucene)).isEqualTo(e.event());
        // facet fields are indexed under the facet's own field, as the codes' path; AT13 must not be among them
        List<String> facetTerms = lucene.getFields().stream()
                .filter(f -> f.name().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME))
                .map(IndexableField::binaryValue).filter(b -> b != null).map(b -> b.utf8ToString()).toList();
        assertThat(facetTerms).isNotEmpty();
        assertThat(String.join(" ", facetTerms)).contains("FR71").doesNotContain("AT13");
        EnrichedDocument back = mapper.fromStored(lucene, false);
        assertThat(back.mentions()).isEqualTo(e.mentions());
        assertThat(back.event()).isEqualTo(e.event());
        assertThat(back.alsoFrom()).isEqualTo(e.alsoFrom());
        assertThat(back.people()).isEqualTo(e.people());
    }

    @Test
    void organisations_only_mentioned_are_stored_and_indexed_for_their_page_but_never_facet_values() throws Exception {
        Vocabularies vocab = ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig(), vocab);
        ExtractedDocument doc = new ExtractedDocument("https://example.org/c", null, "C title", "Some text", "", null,
                LocalDate.of(2022, 1, 1), "en", "text/html", 0, List.of(), List.of());
        EnrichedDocument e = new EnrichedDocument("id3", "test", doc, "project-record", "en", List.of(), List.of(),
                List.of(), List.of(new Tag("regione-del-veneto", List.of("Regione del Veneto"))), List.of(), null,
                Instant.EPOCH, "hash", false, List.of(), List.of(), List.of(),
                List.of(new Tag("plastipolis", List.of("Plastipolis"))));

        Document lucene = mapper.toLucene(e, "bytes");

        assertThat(lucene.getFields(IndexFields.ORG_MENTIONS)).extracting(IndexableField::stringValue)
                .containsExactly("plastipolis");
        List<String> facetTerms = lucene.getFields().stream()
                .filter(f -> f.name().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME))
                .map(IndexableField::binaryValue).filter(b -> b != null).map(b -> b.utf8ToString()).toList();
        assertThat(String.join(" ", facetTerms)).contains("regione-del-veneto").doesNotContain("plastipolis");
        assertThat(mapper.fromStored(lucene, false).orgMentions()).isEqualTo(e.orgMentions());
        assertThat(DocumentMapper.toStored(lucene).orgMentions()).isEqualTo(e.orgMentions());
        assertThat(DocumentMapper.toStored(lucene).orgs()).containsExactly("regione-del-veneto");
    }

    @Test
    void organisations_found_beyond_the_vocabulary_are_stored_with_their_evidence_and_read_back() throws Exception {
        Vocabularies vocab = ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig(), vocab);
        ExtractedDocument doc = new ExtractedDocument("https://example.org/b", null, "B title", "Some text", "", null,
                LocalDate.of(2022, 1, 1), "en", "text/html", 0, List.of(), List.of());
        FoundOrganisation found = new FoundOrganisation("Example Valley Cluster", "cluster", 0.85,
                "The Example Valley Cluster opened an office.", FoundOrganisation.PATTERN);
        EnrichedDocument e = new EnrichedDocument("id2", "test", doc, "news", "en", List.of(), List.of(), List.of(),
                List.of(), List.of(), null, Instant.EPOCH, "hash", false, List.of(), List.of(), List.of(found));

        Document lucene = mapper.toLucene(e, "bytes");

        assertThat(DocumentMapper.storedFoundOrgs(lucene)).containsExactly(found);
        assertThat(mapper.fromStored(lucene, false).foundOrgs()).containsExactly(found);
        assertThat(DocumentMapper.toStored(lucene).foundOrgs()).containsExactly(found);
    }

    @Test
    void an_event_keeps_its_last_day_name_and_organiser_and_spans_to_its_last_day() throws Exception {
        Vocabularies vocab = ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig(), vocab);
        ExtractedDocument doc = new ExtractedDocument("https://example.org/b", null, "A congress", "Some text", "",
                null, LocalDate.of(2014, 9, 1), "en", "text/html", 0, List.of(), List.of());
        Event event = new Event("2014-10-01", "FR71", "on 1 and 2 October 2014 in Lyon", "2014-10-02",
                "3rd Smart Plastics Congress", "plastipolis");
        EnrichedDocument e = new EnrichedDocument("id2", "test", doc, "event", "en", List.of(), List.of(), List.of(),
                List.of(), List.of(), event, Instant.EPOCH, "hash", false, List.of(), List.of());

        Document lucene = mapper.toLucene(e, "bytes");

        assertThat(DocumentMapper.storedEvent(lucene)).isEqualTo(event);
        assertThat(mapper.fromStored(lucene, false).event()).isEqualTo(event);
        long lastDay = java.util.Arrays.stream(lucene.getFields(IndexFields.EVENT_END))
                .filter(f -> f.numericValue() != null).mapToLong(f -> f.numericValue().longValue()).max().orElse(-1);
        assertThat(lastDay).isEqualTo(LocalDate.of(2014, 10, 2).toEpochDay());
    }
}
