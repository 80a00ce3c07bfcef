package org.newsdesk;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages that exist only on the test classpath, to see what readers get when something breaks.
 * A plain component (not a TestConfiguration) so that every test context is the same.
 */
@RestController
class TestOnlyPages {

    static final String SECRET = "secret-internal-detail";

    @GetMapping("/test-only/explode")
    String explode() {
        throw new IllegalStateException(SECRET);
    }
}
