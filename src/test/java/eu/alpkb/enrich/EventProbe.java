package eu.alpkb.enrich;

import eu.alpkb.TestConfigs;
import eu.alpkb.config.ConfigLoader;
import eu.alpkb.extract.ExtractedDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventProbe {
    @Test
    void probe() throws Exception {
        Enricher enricher = new Enricher(ConfigLoader.load(TestConfigs.PROJECT_CONFIG).vocabularies());
        String[][] docs = {
            {"Cluster conference in Linz", "The third Alpine Cluster Conference will take place on 12 March 2025 in Linz. It is organised by Business Upper Austria. Registration is open."},
            {"Workshop a Torino", "Il workshop sull'economia circolare si terrà il 5 maggio 2025 presso il Politecnico di Torino, organizzato da Torino Wireless."},
            {"Rencontre à Lyon", "La rencontre annuelle des clusters aura lieu le 3 juin 2025 à Lyon, à l'initiative de Plastipolis."},
            {"Netzwerktreffen in Graz", "Das Netzwerktreffen findet am 14. Oktober 2025 in Graz statt. Veranstalter ist der Holzcluster Steiermark."},
            {"Dogodek v Ljubljani", "Dogodek bo potekal 20. novembra 2025 v Ljubljani, organizira ga GZS."},
            {"Rencontre à Lyon 2", "La rencontre annuelle des clusters aura lieu le 3 juin 2025 à Lyon, organisée par Plastipolis."},
            {"Rencontre à Lyon 3", "La rencontre annuelle des clusters, à l'initiative de Plastipolis, aura lieu le 3 juin 2025 à Lyon."},
            {"Webinar on clusters", "Join our webinar on 4 February 2025 from 10:00 to 11:30 CET. Speakers include cluster managers from three regions."},
            {"Save the date: Cluster Days 2025", "Save the date! The Cluster Days 2025 will be held from 22 to 24 September 2025 in Bolzano at NOI Techpark."},
        };
        for (String[] d : docs) {
            ExtractedDocument doc = new ExtractedDocument("https://example.org/" + d[0].hashCode(), null, d[0], d[1],
                    "", null, LocalDate.of(2025, 1, 10), null, "text/html", 0, List.of(), List.of());
            EnrichedDocument e = enricher.enrich("id", "test", doc, Instant.EPOCH);
            System.out.println("PROBE " + d[0] + " -> type=" + e.type() + " event=" + e.event() + " orgs=" + e.orgs().stream().map(Tag::id).toList() + " found=" + e.foundOrgs().stream().map(FoundOrganisation::name).toList());
        }
    }
}
