package eu.alpkb.config;

import java.util.List;

/** The shapes of the vocabulary files, one record per file. */
final class VocabularyFiles {
    private VocabularyFiles() {
    }

    record RegionsFile(List<Region> regions) {
    }

    record SectorsFile(List<Sector> sectors) {
    }

    record OrganisationsFile(List<Organisation> organisations) {
    }

    record ProjectsFile(List<Project> projects) {
    }

    record SynonymsFile(List<List<String>> synonyms) {
    }

    record EntitiesFile(List<KnownPerson> people, List<String> rejected, List<KnownOrganisation> organisations,
                        List<String> rejectedOrganisations) {
    }
}
