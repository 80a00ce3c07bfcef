package org.newsdesk.syndication;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** IPTC's ninjs 3.1 JSON Schema (a copy in src/test/resources/ninjs/), checked with a JSON Schema 2020-12 validator. */
final class NinjsSchema {

    static final String LOCATION = "ninjs/ninjs-schema_3.1.json";
    private static final Schema SCHEMA = load();

    private NinjsSchema() {
    }

    private static Schema load() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            // Tests run offline: the schema's one remote reference (GeoJSON) resolves to a local stand-in.
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix("https://geojson.org/schema/",
                                    "classpath:ninjs/geojson/")))
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Violations of the schema; formats (date-time, uri) are asserted, not only annotated. */
    static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    static void assertValid(String json) {
        assertThat(errors(json)).as("ninjs 3.1 violations of %s", json).isEmpty();
    }
}
