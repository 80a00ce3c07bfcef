package org.newsdesk.syndication;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator is wired right: every one of IPTC's should_pass documents passes and every
 * should_fail document fails, against the schema the API's responses are checked with.
 */
class NinjsSchemaTest {

    static Stream<Resource> documents(String folder) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver()
                .getResources("classpath:ninjs/test_suite_3.0/" + folder + "/*.json");
        assertThat(found).as("IPTC test documents in %s", folder).isNotEmpty();
        return Arrays.stream(found);
    }

    @TestFactory
    Stream<DynamicTest> iptcShouldPassDocumentsPass() throws IOException {
        return documents("should_pass").map(r -> DynamicTest.dynamicTest(r.getFilename(),
                () -> NinjsSchema.assertValid(r.getContentAsString(StandardCharsets.UTF_8))));
    }

    @TestFactory
    Stream<DynamicTest> iptcShouldFailDocumentsFail() throws IOException {
        return documents("should_fail").map(r -> DynamicTest.dynamicTest(r.getFilename(),
                () -> assertThat(NinjsSchema.errors(r.getContentAsString(StandardCharsets.UTF_8))).isNotEmpty()));
    }

    @Test
    void aWrongPubStatusOrAnUnknownPropertyIsCaught() {
        assertThat(NinjsSchema.errors("{\"uri\":\"urn:x\",\"pubStatus\":\"killed\"}")).isNotEmpty();
        assertThat(NinjsSchema.errors("{\"uri\":\"urn:x\",\"pubstatus\":\"usable\"}")).isNotEmpty();
        assertThat(NinjsSchema.errors("{\"uri\":\"urn:x\",\"versionCreated\":\"yesterday\"}")).isNotEmpty();
        assertThat(NinjsSchema.errors("{\"uri\":\"urn:x\",\"pubStatus\":\"withheld\",\"embargoedUntil\":\"2026-11-27T10:00:00Z\"}"))
                .isEmpty();
    }
}
