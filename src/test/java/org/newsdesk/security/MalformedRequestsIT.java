package org.newsdesk.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.ServerTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no page can answer, sent byte for byte on a socket (an HTTP client would refuse to send
 * most of them): each gets a 4xx carrying the site's security headers, and the log gets at most one
 * WARN line and no ERROR or stack trace.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIT {

    @LocalServerPort
    int port;

    record Answer(int status, String head) {
        boolean has(String header) {
            return head.toLowerCase(Locale.ROOT).contains("\n" + header.toLowerCase(Locale.ROOT) + ":");
        }
    }

    Answer send(String target, String accept) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).replace("\r\n", "\n");
            return new Answer(Integer.parseInt(head.substring(9, 12)), head);
        }
    }

    @Test
    void malformedRequestsGetA4xxWithTheSiteHeadersAndAtMostOneWarning(CapturedOutput output) throws Exception {
        String[] targets = {
                "/newsroom;x", "/newsroom;jsessionid=x/", "/fr;x",     // path parameters
                "/fr/search?q=%ff%fe", "/newsroom/?x=%C0%AF",        // a query that is not UTF-8
                "/newsroom/?v-r=upload", "/newsroom/?v-r=upload&v-uiId=0&v-upload-id=x", "/newsroom/?v-r=devtools",
                "/%zz", "/a%00b",                                    // refused by Tomcat itself
        };
        for (String target : targets) {
            for (String accept : new String[] {"*/*", "text/html", "application/json"}) {
                int logBefore = output.getAll().length();
                Answer answer = send(target, accept);
                String label = target + " (" + accept + ")";
                assertThat(answer.status()).as(label).isBetween(400, 499);
                for (String header : new String[] {"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"}) {
                    assertThat(answer.has(header)).as(label + " " + header + "\n" + answer.head()).isTrue();
                }
                String logged = output.getAll().substring(logBefore);
                assertThat(logged).as(label).doesNotContain(" ERROR ", "\tat ", "Exception:");
                assertThat(Arrays.stream(logged.split("\n")).filter(l -> l.contains(" WARN ")).count()).as(label + "\n" + logged)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void wellFormedQueriesStillWork() throws Exception {
        assertThat(send("/fr/search?q=Bak%C4%B1", "text/html").status()).isEqualTo(200);
        assertThat(MalformedRequestFilter.isPercentEncodedUtf8("q=%C9%99%C4%9F&x=1")).isTrue();
        assertThat(MalformedRequestFilter.isPercentEncodedUtf8("q=%ff")).isFalse();
        assertThat(MalformedRequestFilter.isPercentEncodedUtf8("q=%4")).isFalse();
        assertThat(MalformedRequestFilter.isPercentEncodedUtf8("q=%zz")).isFalse();
    }
}
