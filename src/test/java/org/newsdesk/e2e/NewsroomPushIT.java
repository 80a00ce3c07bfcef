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
 * (its zlib state costs each open tab 100–300 KB of native memory, docs/benchmarks.md); and a push message
 * many times longer than the server's frame buffers, which are kept small, arrives whole.
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
        devtools.send("Network.enable");

        logInOn(page, "editor", "red-pen-on-copy");
        page.navigate(url("/newsroom/"));
        assertThat(page.locator(".nd-tile").first()).isVisible();
        page.waitForCondition(() -> !answered.isEmpty());

        // A writer files a flash for review elsewhere; the editor's open dashboard shows it without a reload. (A flash,
        // urgency 1, tops the review queue, whose tile lists the first few only: other tests' stories fill it.)
        String headline = unique("Pushed to the desk");
        DispatchService dispatches = newsroom.service();
        newsroom.as("writer", () -> {
            var created = dispatches.create(Newsroom.draft("fr", headline, "Le corps de la dépêche.", 1));
            return dispatches.submit(created.id());
        });
        assertThat(page.locator(".nd-tiles")).containsText(headline);

        JsonObject request = asked.getFirst();
        JsonObject response = answered.getFirst();
        assertThat(response.get("status").getAsInt()).isEqualTo(101);
        assertThat(header(request, "Sec-WebSocket-Extensions")).as("Chromium asks for compression")
                .contains("permessage-deflate");
        assertThat(header(response, "Sec-WebSocket-Extensions")).as("the newsroom declines it").isNull();

        assertThat(tomcatFrameBufferBytes()).as("set before Tomcat's WebSocket classes loaded").isEqualTo(4096);
        context.close();
    }

    /**
     * A colleague's long edit reaches an editor who has the story open read-only (the colleague holds it), as
     * one push message several times longer than the server's 4 KB frame buffers: it arrives whole.
     */
    @Test
    void aColleaguesLongEditReachesAnOpenEditorWhole() {
        DispatchService dispatches = newsroom.service();
        String headline = unique("Long push");
        var draft = newsroom.as("writer", () -> {
            var created = dispatches.create(Newsroom.draft("fr", headline, "Premier jet."));
            return dispatches.lock(created.id());
        });
        BrowserContext context = watched(browser.newContext());
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        List<Integer> received = new CopyOnWriteArrayList<>();
        CDPSession devtools = context.newCDPSession(page);
        devtools.on("Network.webSocketFrameReceived", event -> received.add(
                event.getAsJsonObject("response").get("payloadData").getAsString().length()));
        devtools.send("Network.enable");
        logInOn(page, "editor", "red-pen-on-copy");
        page.navigate(url("/newsroom/dispatch/" + draft.id()));
        assertThat(page.locator(".nd-preview-body")).containsText("Premier jet.");

        String paragraph = "Le Parlement a adopté en deuxième lecture le projet de loi sur les médias régionaux. ";
        String body = paragraph.repeat(150) + unique("Fin");
        newsroom.as("writer", () -> dispatches.save(draft.id(), draft.version(), Newsroom.draft("fr", headline, body)));
        assertThat(page.locator(".nd-preview-body")).containsText(body.substring(body.length() - 20));
        assertThat(received.stream().mapToInt(Integer::intValue).max().orElse(0)).as("the longest push message")
                .isGreaterThan(body.length());
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
