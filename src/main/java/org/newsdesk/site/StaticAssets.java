package org.newsdesk.site;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

import java.io.IOException;
import java.io.InputStream;

/**
 * Addresses of the site's static files with a content hash in the query, so a new stylesheet is
 * fetched as soon as it is deployed while browsers may keep the old one as long as they like.
 */
@Component
class StaticAssets {

    private final String siteCss;

    StaticAssets() {
        this.siteCss = versioned("/styles/site.css");
    }

    String siteCss() {
        return siteCss;
    }

    private static String versioned(String path) {
        try (InputStream in = new ClassPathResource("META-INF/resources" + path).getInputStream()) {
            return path + "?v=" + DigestUtils.md5DigestAsHex(in).substring(0, 10);
        } catch (IOException e) {
            return path;
        }
    }
}
