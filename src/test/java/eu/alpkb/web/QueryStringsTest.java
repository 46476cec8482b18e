package eu.alpkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryStringsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL                    | true",
        "q=cluster               | true",
        "q=Rh%C3%B4ne&region=IT  | true",
        "q=%E2%82%AC             | true",
        "q=100%                  | true",
        "q=%zz                   | true",
        "q=%ff%fe                | false",
        "q=%E2%82                | false",
        "q=%C0%AE                | false",
        "q=ok&lang=%80           | false"})
    void only_utf8_sequences_pass(String raw, boolean valid) {
        assertThat(QueryStrings.isUtf8(raw)).as(raw).isEqualTo(valid);
    }
}
