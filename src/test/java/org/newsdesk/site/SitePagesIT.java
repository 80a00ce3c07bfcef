package org.newsdesk.site;

import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as a real server sends them (MockMvc does not run the error dispatch). */
@ServerTest
class SitePagesIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void notFoundPagesUseTheSiteDesign() throws Exception {
        for (String path : new String[] {"/no/such/page", "/xx/", "/fr/2023/02/31/anything", "/fr/no-such-section/"}) {
            var response = get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path)
                    .contains("<html lang=\"en\">", "<h1>Page not found</h1>", "/styles/site.css", "Skip to content")
                    .doesNotContain("Whitelabel", "Exception");
        }
    }

    @Test
    void serverErrorsShowTheSitePageAndNoStackTrace() throws Exception {
        var response = get("/test-only/explode", "text/html");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("<h1>Something went wrong</h1>", "/styles/site.css")
                .doesNotContain("secret-internal-detail", "IllegalStateException", "at org.", "Whitelabel");
    }

    @Test
    void jsonClientsGetAnErrorWithoutDetails() throws Exception {
        var response = get("/test-only/explode", "application/json");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("\"status\":500").doesNotContain("secret-internal-detail", "trace");
    }

    @Test
    void pagesAreCompressedForClientsThatAcceptIt() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fr/2023/03/01/ilham-aliyev-a-recu-le-directeur-general-de-loim"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
