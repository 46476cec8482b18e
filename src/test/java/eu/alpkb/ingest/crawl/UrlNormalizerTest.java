package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "HTTP://Example.ORG/a/./b/../c.html#part        | http://example.org/a/c.html",
        "http://example.org:80/                         | http://example.org/",
        "https://example.org:443/x                      | https://example.org/x",
        "http://example.org:8080/x                      | http://example.org:8080/x",
        "http://example.org                             | http://example.org/",
        "http://example.org/a//b/                       | http://example.org/a/b/",
        "http://example.org/news/                       | http://example.org/news/",
        "http://example.org/news                        | http://example.org/news",
        "http://example.org/p?b=2&a=1                   | http://example.org/p?a=1&b=2",
        "http://example.org/p?utm_source=x&utm_medium=y | http://example.org/p",
        "http://example.org/p?id=7&UTM_Campaign=z       | http://example.org/p?id=7",
        "http://example.org/p?fbclid=abc&gclid=def&q=1  | http://example.org/p?q=1",
        "http://example.org/p;jsessionid=0A1B2C?x=1     | http://example.org/p?x=1",
        "http://example.org/p?PHPSESSID=abc&page=2      | http://example.org/p?page=2",
        "http://example.org/p?sid=42                    | http://example.org/p",
        "http://example.org/caf%C3%A9                   | http://example.org/caf%C3%A9",
        "http://example.org/%7Euser/                    | http://example.org/~user/",
        "http://user:secret@example.org/x               | http://example.org/x",
    })
    void normal_forms(String input, String expected) {
        assertThat(normalizer.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/x", "mailto:a@example.org", "javascript:void(0)",
        "/relative/path", "http://", "http:///nohost"})
    void anything_but_an_absolute_http_address_is_refused(String input) {
        assertThat(normalizer.normalize(input)).isNull();
    }

    @Test
    void links_are_resolved_against_their_page() {
        assertThat(normalizer.resolve("http://example.org/news/item.html", "../about.html?utm_source=a#x"))
                .isEqualTo("http://example.org/about.html");
        assertThat(normalizer.resolve("http://example.org/news/", "file:///etc/passwd")).isNull();
    }
}
