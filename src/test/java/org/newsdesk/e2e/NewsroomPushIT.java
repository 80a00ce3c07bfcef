package org.newsdesk.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.newsdesk.ServerTest;
import org.newsdesk.dispatch.DispatchService;
import org.newsdesk.support.Newsroom;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.support.Unique.unique;

/**
 * An open dashboard learns of another person's change without a reload, over the push WebSocket — and that
 * connection is opened without permessage-deflate, which Chromium asks for and the newsroom declines
 * (its zlib state costs each open tab 100–300 KB of native memory, docs/benchmarks.md).
 */
@ServerTest
class NewsroomPushIT extends BrowserTest {

    @Autowired
    Newsroom newsroom;

    @Test
    void aStorySubmittedElsewhereAppearsOnAnOpenDashboardOverAnUncompressedPushConnection() {
        BrowserContext context = watched(browser.newContext());
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        List<JsonObject> asked = new CopyOnWriteArrayList<>();
        List<JsonObject> answered = new CopyOnWriteArrayList<>();
        CDPSession devtools = context.newCDPSession(page);
        devtools.on("Network.webSocketWillSendHandshakeRequest", event -> asked.add(event.getAsJsonObject("request")));
        devtools.on("Network.webSocketHandshakeResponseReceived", event -> answered.add(event.getAsJsonObject("response")));
        List<Integer> received = new CopyOnWriteArrayList<>();
        devtools.on("Network.webSocketFrameReceived", event -> received.add(
                event.getAsJsonObject("response").get("payloadData").getAsString().length()));
        devtools.send("Network.enable");

        logInOn(page, "editor", "red-pen-on-copy");
        page.navigate(url("/newsroom/"));
        assertThat(page.locator(".nd-tile").first()).isVisible();
        page.waitForCondition(() -> !answered.isEmpty());

        // A writer files a story for review elsewhere; the editor's open dashboard shows it without a reload.
        String headline = unique("Pushed to the desk");
        DispatchService dispatches = newsroom.service();
        newsroom.as("writer", () -> {
            var created = dispatches.create(Newsroom.draft("fr", headline, "Le corps de la dépêche."));
            return dispatches.submit(created.id());
        });
        assertThat(page.locator(".nd-tiles")).containsText(headline);

        JsonObject request = asked.getFirst();
        JsonObject response = answered.getFirst();
        assertThat(response.get("status").getAsInt()).isEqualTo(101);
        assertThat(header(request, "Sec-WebSocket-Extensions")).as("Chromium asks for compression")
                .contains("permessage-deflate");
        assertThat(header(response, "Sec-WebSocket-Extensions")).as("the newsroom declines it").isNull();

        // The dashboard's update (its tiles again) is one push message longer than the server's 4 KB frame
        // buffers: it arrived whole, in several frames.
        assertThat(received.stream().mapToInt(Integer::intValue).max().orElse(0)).as("the longest push message")
                .isGreaterThan(4096);
        assertThat(tomcatFrameBufferBytes()).as("set before Tomcat's WebSocket classes loaded").isEqualTo(4096);
        context.close();
    }

    /** The size Tomcat's WebSocket classes read when they loaded (package-private in Tomcat). */
    static int tomcatFrameBufferBytes() {
        try {
            var field = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
            field.setAccessible(true);
            return field.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static String header(JsonObject message, String name) {
        JsonObject headers = message.getAsJsonObject("headers");
        return headers.keySet().stream().filter(name::equalsIgnoreCase).findFirst()
                .map(key -> headers.get(key).getAsString()).orElse(null);
    }
}
