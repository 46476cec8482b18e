package eu.alpkb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostGuardTest {
    @ParameterizedTest(name = "{0} public: {1}")
    @CsvSource({
        "127.0.0.1, false", "127.1.2.3, false", "10.1.2.3, false", "172.16.0.1, false", "172.31.255.255, false",
        "192.168.1.1, false", "169.254.169.254, false", "100.64.0.1, false", "0.0.0.0, false", "224.0.0.1, false",
        "255.255.255.255, false", "::1, false", "fe80::1, false", "fc00::1, false", "fd12:3456::1, false",
        "::ffff:127.0.0.1, false", "93.184.216.34, true", "172.32.0.1, true", "2606:4700::1111, true"})
    void only_public_addresses_are_reachable(String address, boolean isPublic) throws Exception {
        assertThat(HostGuard.isPublic(InetAddress.getByName(address))).isEqualTo(isPublic);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://intranet.example/admin   | 10.0.0.5     | non-public address 10.0.0.5",
        "http://intranet.example/admin   | 93.184.216.34 | ",
        "http://metadata.example/latest  | 169.254.169.254 | non-public address 169.254.169.254",
        "ftp://intranet.example/         | 93.184.216.34 | not an http(s) address",
        "http://elsewhere.example/       | 93.184.216.34 | not among the source's allowed hosts"})
    void hosts_are_checked_by_name_and_by_resolved_address(String url, String resolvesTo, String refusal) {
        HostGuard guard = new HostGuard(List.of("intranet.example", "metadata.example"), false,
                host -> new InetAddress[] {InetAddress.getByName(resolvesTo)});
        Verdict v = guard.check(URI.create(url));
        if (refusal == null) {
            assertThat(v).isNull();
        } else {
            assertThat(v.reason().english()).contains(refusal);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://intranet.example/, true", "http://elsewhere.example/, false"})
    void private_addresses_are_allowed_only_for_the_source_hosts_when_asked(String url, boolean allowed) {
        HostGuard guard = new HostGuard(List.of("intranet.example"), true,
                host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        assertThat(guard.check(URI.create(url)) == null).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http://nowhere.example/"})
    void an_unknown_host_is_a_failure_not_a_skip(String url) {
        HostGuard guard = new HostGuard(List.of("nowhere.example"), false, host -> {
            throw new UnknownHostException(host);
        });
        Verdict v = guard.check(URI.create(url));
        assertThat(v.failed()).isTrue();
        assertThat(v.reason().english()).contains("not found");
    }

    @org.junit.jupiter.api.Test
    void a_name_that_turns_to_an_internal_address_after_admission_is_refused_at_the_connection() throws Exception {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        HostGuard guard = new HostGuard(List.of("rebind.example"), false, host -> new InetAddress[] {
            InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1")});
        URI page = URI.create("http://rebind.example/a");
        assertThat(guard.check(page)).as("admitted while it pointed outward").isNull();
        assertThatThrownBy(() -> guard.addressesToConnect("rebind.example"))
                .isInstanceOf(HostGuard.Refused.class)
                .hasMessageContaining("non-public address 127.0.0.1");
        assertThat(guard.check(URI.create("http://rebind.example/b"))).as("and refused from then on").isNotNull();
        assertThat(lookups.get()).isEqualTo(2);
    }

    @org.junit.jupiter.api.Test
    void every_connection_looks_the_name_up_again_and_gets_only_judged_addresses() throws Exception {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        HostGuard guard = new HostGuard(List.of("public.example"), false, host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("2606:4700::1111")};
        });
        for (int i = 0; i < 3; i++) {
            assertThat(guard.addressesToConnect("public.example")).extracting(InetAddress::getHostAddress)
                    .containsExactly("93.184.216.34", "2606:4700:0:0:0:0:0:1111");
        }
        assertThat(lookups.get()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void one_forbidden_address_among_public_ones_refuses_the_connection() {
        HostGuard guard = new HostGuard(List.of("mixed.example"), false, host -> new InetAddress[] {
            InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        assertThatThrownBy(() -> guard.addressesToConnect("mixed.example"))
                .isInstanceOf(HostGuard.Refused.class)
                .hasMessageContaining("non-public address 10.0.0.7");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"elsewhere.example, not among the source's allowed hosts", "gone.example, not found"})
    void a_connection_to_a_host_outside_the_source_or_without_a_name_is_refused(String host, String refusal) {
        HostGuard guard = new HostGuard(List.of("gone.example"), true, h -> {
            throw new UnknownHostException(h);
        });
        assertThatThrownBy(() -> guard.addressesToConnect(host))
                .isInstanceOf(HostGuard.Refused.class)
                .hasMessageContaining(refusal);
    }
}
