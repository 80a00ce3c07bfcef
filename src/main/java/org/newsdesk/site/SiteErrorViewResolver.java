package org.newsdesk.site;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Error pages in the site's own design (Boot's error/404 lookup does not reach JTE). Never shows a
 * stack trace or an exception message. Clients that don't accept HTML still get Boot's JSON.
 */
@Component
class SiteErrorViewResolver implements ErrorViewResolver {

    private static final Logger log = LoggerFactory.getLogger(SiteErrorViewResolver.class);

    private final SiteChromeFactory chrome;

    SiteErrorViewResolver(SiteChromeFactory chrome) {
        this.chrome = chrome;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        SiteChrome page;
        try {
            // A 503 means the database is away: do not wait for it a second time.
            page = status == HttpStatus.SERVICE_UNAVAILABLE ? chrome.withoutDatabase() : chrome.general();
        } catch (RuntimeException e) {
            // The database may be what failed: the error page must still render.
            log.debug("Error page without navigation", e);
            page = chrome.withoutDatabase();
        }
        String kind = status == HttpStatus.NOT_FOUND || status == HttpStatus.GONE || status == HttpStatus.FORBIDDEN
                || status == HttpStatus.SERVICE_UNAVAILABLE
                ? String.valueOf(status.value()) : status.is4xxClientError() ? "400" : "500";
        var mav = new ModelAndView("site/error", status);
        mav.addObject("chrome", page);
        mav.addObject("status", status.value());
        mav.addObject("kind", kind);
        return mav;
    }
}
