package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
    @Test
    void repliesAreNotCachedSniffedOrFramed() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

        SecurityHeadersFilter.apply(headers);

        assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat((String) headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void aResourcesOwnCachePolicyIsKept() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "max-age=300");

        SecurityHeadersFilter.apply(headers);

        assertThat(headers.get(HttpHeaders.CACHE_CONTROL)).containsExactly("max-age=300");
    }
}
