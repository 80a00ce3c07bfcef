package org.newsdesk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application on real MariaDB: the server NEWSDESK_DB_URL names (CI uses
 * the local one), or else the embedded one. Contexts with the same configuration are cached and
 * shared between test classes: keep this annotation the whole configuration of a test (one context
 * for all of them; Vaadin's browserless tests misbehave when contexts alternate).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {
}
