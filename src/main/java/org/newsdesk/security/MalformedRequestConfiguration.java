package org.newsdesk.security;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Malformed requests get a 4xx with the site's headers and one WARN line, never a 500 or a stack trace. */
@Configuration(proxyBeanMethods = false)
class MalformedRequestConfiguration {

    @Bean
    FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter() {
        var registration = new FilterRegistrationBean<>(new MalformedRequestFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Tomcat answers some requests itself before any filter (an invalid escape like {@code /%zz}, an
     * encoded NUL) with its error report valve; ours adds the site's headers to those pages. Boot's
     * customizer installs a plain valve on the host; this runs after it and takes its place.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteHeadersOnTomcatErrors() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Container host = context.getParent();
                    // Tomcat adds a plain valve at start unless one of this class is there.
                    ((StandardHost) host).setErrorReportValveClass(SiteHeadersErrorReportValve.class.getName());
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof SiteHeadersErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new SiteHeadersErrorReportValve());
                });
            }
        };
    }

    /** Tomcat's error page without server details, with the site's security headers. */
    public static class SiteHeadersErrorReportValve extends ErrorReportValve {

        public SiteHeadersErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SiteHeaders.addMissing(response);
            }
            super.report(request, response, throwable);
        }
    }
}
