package org.amparo.rest.internal;

import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Adds the headers every API reply should carry: replies can hold personal data, so no cache may
 * keep them ({@code Cache-Control: no-store} unless a resource chose otherwise); and a JSON reply
 * must never be sniffed or framed as a page. Registered under its extension interface: the
 * whiteboard ignores extensions that are not.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("amparo.headers")
@JaxrsApplicationSelect(AmparoApplication.SELECT)
public final class SecurityHeadersFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        apply(response.getHeaders());
    }

    static void apply(MultivaluedMap<String, Object> headers) {
        headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, List.of("no-store"));
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.putSingle("Referrer-Policy", "no-referrer");
    }
}
