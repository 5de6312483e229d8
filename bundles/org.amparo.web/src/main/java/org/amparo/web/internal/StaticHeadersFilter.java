package org.amparo.web.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/** Adds the security headers to the static assets, which the whiteboard's resource servlet serves. */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/static/*")
@HttpWhiteboardFilterName("amparo-web-static-headers")
public final class StaticHeadersFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            SecurityHeaders.apply(http, false);
        }
        chain.doFilter(request, response);
    }
}
