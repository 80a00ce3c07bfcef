package org.newsdesk.wire;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.IntegrationTest;
import org.newsdesk.dispatch.DispatchComment;
import org.newsdesk.dispatch.DispatchDetails;
import org.newsdesk.dispatch.DispatchDraft;
import org.newsdesk.support.Newsroom;
import org.newsdesk.support.TestEdition;
import org.newsdesk.text.DatelineFormatter;
import org.newsdesk.text.Dateline;
import org.newsdesk.text.MarkdownRenderer;
import org.newsdesk.text.TextDiff;
import org.newsdesk.workflow.DispatchState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.newsdesk.staff.StaffAccounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.support.Unique.marker;
import static org.newsdesk.support.Unique.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Partner wires end to end: a partner served by a local HTTP server from files the test writes, polled
 * by the real poller into the real database; "Use" through the real workflow.
 */
@IntegrationTest
@RecordApplicationEvents
class WirePollingTest {

    static final Path EXAMPLES = Path.of("/work/shared/standards/newsml-g2/examples");

    @TempDir
    static Path dir;
    static PartnerServer partner;

    @Autowired
    WireSources sources;
    @Autowired
    IncomingWires incoming;
    @Autowired
    WirePoller poller;
    @Autowired
    Newsroom newsroom;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    StaffAccounts staff;

    TestEdition desk;

    @BeforeAll
    static void startPartner() {
        partner = new PartnerServer(dir);
    }

    @AfterAll
    static void stopPartner() {
        partner.close();
    }

    @BeforeEach
    void edition() {
        desk = newsroom.newEdition();
    }

    @AfterEach
    void cleanUp() {
        desk.cleanUp();
    }

    WireSource source(String file, WireKind kind, String token) {
        return newsroom.as("admin", () -> sources.create(new WireSourceForm(unique("Partner"), partner.url(file), kind,
                Duration.ofMinutes(5), token, false)));
    }

    WireSource reload(WireSource s) {
        return newsroom.as("admin", () -> sources.list().stream().filter(x -> x.id() == s.id()).findFirst().orElseThrow());
    }

    List<WireItem> items(WireSource s) {
        return newsroom.as("writer", () -> incoming.list(new WireFilter(s.id(), null, null, null)));
    }

    void pollAgain(WireSource s) {
        newsroom.as("admin", () -> {
            sources.pollSoon(s.id());
            return null;
        });
        poller.pollDue();
    }

    static String example(String name) throws Exception {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void iptcExampleItemsAppearAndPicturesAreLeftOut() throws Exception {
        String f1 = marker() + ".xml";
        String f3 = marker() + ".xml";
        String f6 = marker() + ".xml";
        String f0 = marker() + ".xml";
        partner.write(f1, example("LISTING_2_NewsML-G2_Text_Document.xml"));
        partner.write(f3, example("LISTING_3_Photo_in_NewsML-G2.xml"));
        partner.write(f6, example("LISTING_6_Simple_NewsML-G2_Package.xml"));
        partner.write(f0, example("LISTING_1_A_NewsML-G2_News_Item.xml"));
        WireSource text = source(f1, WireKind.NEWSML, null);
        WireSource photo = source(f3, WireKind.NEWSML, null);
        WireSource pack = source(f6, WireKind.NEWSML, null);
        WireSource first = source(f0, WireKind.NEWSML, null);

        poller.pollDue();

        List<WireItem> got = items(text);
        assertThat(got).hasSize(1);
        WireItem item = got.getFirst();
        assertThat(item.guid()).isEqualTo("urn:newsml:acmenews.com:20161121:US-FINANCE-FED");
        assertThat(item.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        assertThat(item.located()).isEqualTo("New York, NY");
        assertThat(item.language()).isEqualTo("en-US");
        assertThat(item.byline()).isEqualTo("Meredith Jameson");
        // NITF body: paragraphs, without the NITF head (its headline is already the headline).
        assertThat(item.body()).startsWith("(New York, NY - October 21) Et, sent luptat").contains("\n\nUgiating ea feugait")
                .doesNotContain("Staff Reporter");
        assertThat(reload(text).lastSuccessAt()).isNotNull();
        assertThat(reload(text).itemsTaken()).isEqualTo(1);
        assertThat(items(photo)).isEmpty();
        assertThat(reload(photo).healthy()).isTrue();
        assertThat(items(pack)).as("a package references items, it is not copy").isEmpty();
        assertThat(reload(pack).healthy()).isTrue();
        assertThat(items(first)).extracting(WireItem::guid, WireItem::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("urn:newsml:acmenews.com:20161018:US-FINANCE-FED",
                        "Fed to halt QE to avert \"bubble\""));
    }

    @Test
    void ownNewsmlOutputFedBackInGivesTheSameHeadlineDatelineLeadAndBody() throws Exception {
        DispatchDraft azertac = desk.azertac();
        azertac = new DispatchDraft(azertac.language(), azertac.headline(), azertac.slugline(), azertac.dateline(),
                null, "Le président a reçu António Vitorino.", azertac.body(), azertac.sectionCode(), azertac.keywords(), 5, null);
        DispatchDetails published = desk.publish(azertac);
        String newsml = mvc.perform(get("/api/newsml/" + published.id())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String ninjs = mvc.perform(get("/api/ninjs/" + published.id())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String fx = marker() + ".xml";
        String fj = marker() + ".json";
        partner.write(fx, newsml);
        partner.write(fj, ninjs);
        WireSource xml = source(fx, WireKind.NEWSML, null);
        WireSource json = source(fj, WireKind.NINJS, null);

        poller.pollDue();

        String dateline = DatelineFormatter.format(new Dateline("Bakou", LocalDate.of(2023, 3, 1)), desk.edition, null);
        for (WireSource s : List.of(xml, json)) {
            WireItem item = items(s).getFirst();
            assertThat(item.guid()).isEqualTo("urn:newsdesk:dispatch:" + published.id());
            assertThat(item.headline()).isEqualTo(Newsroom.AZERTAC_HEADLINE);
            assertThat(item.lead()).isEqualTo("Le président a reçu António Vitorino.");
            assertThat(item.located()).isEqualTo("Bakou");
            // Same text, and the same HTML once rendered: the body comes back as Markdown.
            assertThat(MarkdownRenderer.toPlainText(item.body())).isEqualTo(MarkdownRenderer.toPlainText(Newsroom.azertacBody()));
            assertThat(MarkdownRenderer.toSafeHtml(item.body())).isEqualTo(MarkdownRenderer.toSafeHtml(Newsroom.azertacBody()));
            assertThat(item.link()).endsWith("/" + published.slug());
        }
        assertThat(items(xml).getFirst().dateline()).isEqualTo(dateline).startsWith("Bakou, 1er mars");
    }

    @Test
    void rssWithTheAzertacTextIsUsedAsADraftCreditingThePartner() {
        String paragraphs = String.join("", Newsroom.azertacBody().lines().filter(l -> !l.isBlank())
                .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>").toList());
        String title = unique("AZERTAC fil");
        String f = marker() + ".rss";
        partner.write(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://azertag.az/</link><description>fil</description>
                <language>fr</language>
                <item><title>%s</title><link>https://azertag.az/fr/xeber/1</link><guid>https://azertag.az/fr/xeber/1</guid>
                <pubDate>Wed, 01 Mar 2023 10:00:00 +0400</pubDate>
                <description><![CDATA[%s]]></description></item>
                </channel></rss>""".formatted(title, Newsroom.AZERTAC_HEADLINE, paragraphs));
        WireSource s = source(f, WireKind.FEED, null);
        poller.pollDue();

        WireItem item = items(s).getFirst();
        assertThat(item.headline()).isEqualTo(Newsroom.AZERTAC_HEADLINE);
        assertThat(MarkdownRenderer.toPlainText(item.body())).isEqualTo(MarkdownRenderer.toPlainText(Newsroom.azertacBody()));
        assertThat(item.used()).isFalse();

        DispatchDetails draft = newsroom.as("writer", () -> incoming.use(item.id()));
        assertThat(draft.state()).isEqualTo(DispatchState.DRAFT);
        assertThat(draft.draft().language()).isEqualTo("fr");
        assertThat(draft.draft().headline()).isEqualTo(Newsroom.AZERTAC_HEADLINE);
        assertThat(draft.draft().byline()).isEqualTo("avec " + title);
        assertThat(MarkdownRenderer.toSafeHtml(draft.draft().body())).isEqualTo(MarkdownRenderer.toSafeHtml(Newsroom.azertacBody()));
        List<DispatchComment> comments = newsroom.as("writer", () -> newsroom.service().comments(draft.id()));
        assertThat(comments).anySatisfy(c -> assertThat(c.text()).contains("https://azertag.az/fr/xeber/1").contains(title));
        WireItem used = newsroom.as("writer", () -> incoming.get(item.id()));
        assertThat(used.usedDispatchId()).isEqualTo(draft.id());
        assertThat(used.updatedSinceUse()).isFalse();
    }

    static String ninjsItem(String uri, String version, String headline, String body) {
        return """
                {"uri":"%s","version":"%s","type":"text","language":"en","urgency":3,"located":"Ganja",
                 "versionCreated":"2026-11-30T10:00:00Z","headlines":[{"role":"main","value":"%s"}],
                 "bodies":[{"role":"main","contentType":"text/html","value":"%s"}]}""".formatted(uri, version, headline, body);
    }

    @Test
    void duplicateGuidsMakeOneItemWithVersionsAndAnUpdateIsFlaggedAfterUse() {
        String f = marker() + ".json";
        String uri = "urn:partner:" + marker();
        partner.write(f, "[" + ninjsItem(uri, "1", "First take", "<p>One.</p>") + ","
                + ninjsItem(uri, "2", "Second take", "<p>One. Two.</p>") + "]");
        WireSource s = source(f, WireKind.NINJS, "partner-secret-token-1234");
        poller.pollDue();

        List<WireItem> got = items(s);
        assertThat(got).hasSize(1);
        assertThat(got.getFirst().version()).isEqualTo(2);
        assertThat(got.getFirst().headline()).isEqualTo("Second take");
        assertThat(partner.authorizations.get(f)).isEqualTo("Bearer partner-secret-token-1234");
        assertThat(reload(s).tokenHint()).isNotBlank().isNotEqualTo("partner-secret-token-1234").hasSizeLessThan(8);

        DispatchDetails draft = newsroom.as("editor", () -> incoming.use(got.getFirst().id()));
        assertThat(draft.draft().byline()).isEqualTo("with " + s.name());
        assertThat(draft.draft().dateline().place()).isEqualTo("Ganja");
        assertThat(draft.draft().urgency()).isEqualTo(3);

        // Unchanged: a conditional GET answered 304, nothing new.
        int before = partner.notModified.get();
        pollAgain(s);
        assertThat(partner.notModified.get()).isEqualTo(before + 1);
        assertThat(items(s).getFirst().version()).isEqualTo(2);

        partner.write(f, "[" + ninjsItem(uri, "3", "Third take", "<p>One. Two. Three.</p>") + "]");
        pollAgain(s);
        WireItem updated = items(s).getFirst();
        assertThat(updated.version()).isEqualTo(3);
        assertThat(updated.headline()).isEqualTo("Third take");
        assertThat(updated.updatedSinceUse()).isTrue();
        assertThat(reload(s).itemsTaken()).as("versions taken: 1, 2 and 3").isEqualTo(3);
    }

    @Test
    void whoeverUsedAnItemIsToldOfANewerVersionAndSeesWhatChanged() {
        String f = marker() + ".json";
        String uri = "urn:partner:" + marker();
        partner.write(f, "[" + ninjsItem(uri, "1", "Harvest take", "<p>Cotton is up.</p><p>Prices hold.</p>") + "]");
        WireSource s = source(f, WireKind.NINJS, null);
        poller.pollDue();
        long item = items(s).getFirst().id();
        DispatchDetails editorsDraft = newsroom.as("editor", () -> incoming.use(item));
        newsroom.as("writer", () -> incoming.use(item));
        assertThat(newsroom.as("editor", () -> incoming.myUpdates())).noneMatch(u -> u.itemId() == item);
        assertThat(newsroom.as("editor", () -> incoming.changesSinceMyUse(item)).orElseThrow().rows()).isEmpty();

        partner.write(f, "[" + ninjsItem(uri, "2", "Harvest take", "<p>Cotton is up 12%.</p><p>Prices hold.</p>") + "]");
        pollAgain(s);

        for (String who : List.of("editor", "writer")) {
            UsedWireUpdate update = newsroom.as(who, () -> incoming.myUpdates()).stream().filter(u -> u.itemId() == item)
                    .findFirst().orElseThrow(() -> new AssertionError(who + " is not told"));
            assertThat(update.usedVersion()).isEqualTo(1);
            assertThat(update.latestVersion()).isEqualTo(2);
            assertThat(update.headline()).isEqualTo("Harvest take");
            assertThat(update.sourceName()).isEqualTo(s.name());
        }
        assertThat(newsroom.as("editor", () -> incoming.myUpdates()).stream().filter(u -> u.itemId() == item).findFirst()
                .orElseThrow().dispatchId()).isEqualTo(editorsDraft.id());
        assertThat(events.stream(WireItemsArrived.class).filter(e -> e.sourceId() == s.id()).toList().getLast().toTell())
                .as("those who used it, nobody else").containsExactlyInAnyOrder(staff.idOf("editor").orElseThrow(),
                        staff.idOf("writer").orElseThrow());

        var changes = newsroom.as("editor", () -> incoming.changesSinceMyUse(item)).orElseThrow();
        assertThat(changes.usedTextKept()).isTrue();
        assertThat(changes.rows()).filteredOn(r -> r.kind() != TextDiff.Kind.EQUAL)
                .singleElement().satisfies(r -> {
                    assertThat(r.field()).isEqualTo("body");
                    assertThat(r.oldHtml()).isEqualTo("Cotton is up.");
                    assertThat(r.newHtml()).contains("<ins>").contains("12%");
                });

        // Seen by the editor: no longer theirs to be told; the writer still is. A third version tells both again.
        int before = newsroom.as("editor", () -> incoming.myUpdateCount());
        newsroom.as("editor", () -> {
            incoming.seen(item);
            return null;
        });
        assertThat(newsroom.as("editor", () -> incoming.myUpdates())).noneMatch(u -> u.itemId() == item);
        assertThat(newsroom.as("editor", () -> incoming.myUpdateCount())).isEqualTo(before - 1);
        assertThat(newsroom.as("writer", () -> incoming.myUpdates())).anyMatch(u -> u.itemId() == item);
        partner.write(f, "[" + ninjsItem(uri, "3", "Harvest take, revised", "<p>Cotton is up 12%.</p>") + "]");
        pollAgain(s);
        var third = newsroom.as("editor", () -> incoming.changesSinceMyUse(item)).orElseThrow();
        assertThat(third.use().unseen()).isTrue();
        assertThat(third.rows()).filteredOn(r -> r.kind() != TextDiff.Kind.EQUAL).extracting(TextDiff.Row::field)
                .contains("headline", "body");
    }

    @Test
    void scriptInAnyFieldIsSanitisedAndAFutureClockIsTolerated() {
        String f = marker() + ".json";
        partner.write(f, """
                {"uri":"urn:x:%s","version":"1","language":"en","versionCreated":"2100-01-01T00:00:00Z",
                 "headlines":[{"role":"main","value":"<script>alert(1)</script>Calm <b>headline</b>"}],
                 "descriptions":[{"role":"summary","value":"<img src=x onerror=alert(2)>Lead"}],
                 "by":"<a href=\\"javascript:alert(3)\\">Reporter</a>",
                 "altIds":[{"role":"url","value":"javascript:alert(4)"}],
                 "bodies":[{"role":"main","contentType":"text/html",
                   "value":"<p onclick=\\"alert(5)\\">Text <a href=\\"javascript:alert(6)\\">bad</a> <a href=\\"https://ok.example/\\">good</a></p><script>alert(7)</script><style>p{}</style>"}]}
                """.formatted(marker()));
        WireSource s = source(f, WireKind.NINJS, null);
        Instant before = Instant.now();
        poller.pollDue();

        WireItem item = items(s).getFirst();
        assertThat(item.headline()).isEqualTo("Calm headline");
        assertThat(item.lead()).isEqualTo("Lead");
        assertThat(item.byline()).isEqualTo("Reporter");
        assertThat(item.link()).isNull();
        assertThat(item.body()).isEqualTo("Text bad [good](https://ok.example/)").doesNotContain("alert");
        assertThat(item.itemCreatedAt()).isBefore(Instant.now().plusSeconds(1)).isAfter(before.minusSeconds(5));
    }

    @Test
    void hostileResponsesBecomeErrorsInWordsAndNeverStopTheOtherSources() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-" + marker());
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "%s">]>
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">
                <contentMeta><headline>&xxe;</headline></contentMeta></newsItem>""".formatted(secret.toUri());
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:2" version="1">
                <contentMeta><headline>&lol3;</headline></contentMeta></newsItem>""";
        String[][] cases = {
                {"broken.xml", "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\"><contentMeta>", "NEWSML", "wire.poll.xml"},
                {"broken.json", "{\"uri\": \"urn:x\", \"headlines\": [", "NINJS", "wire.poll.json"},
                {"broken.rss", "<rss><channel><item><title>x</title></channel>", "FEED", "wire.poll.feed"},
                {"xxe.xml", xxe, "NEWSML", "wire.poll.dtd"},
                {"laughs.xml", laughs, "NEWSML", "wire.poll.dtd"},
                {"notnewsml.xml", "<html><body>hello</body></html>", "NEWSML", "wire.poll.not-newsml"},
        };
        List<WireSource> hostile = new java.util.ArrayList<>();
        for (String[] c : cases) {
            String name = marker() + "-" + c[0];
            partner.write(name, c[1]);
            hostile.add(source(name, WireKind.valueOf(c[2]), null));
        }
        WireSource huge = source("huge", WireKind.NEWSML, null);
        WireSource hang = source("hang", WireKind.NINJS, null);
        WireSource missing = source(marker() + "-gone.json", WireKind.NINJS, null);
        String good = marker() + ".json";
        partner.write(good, ninjsItem("urn:good:" + marker(), "1", "Still here", "<p>Fine.</p>"));
        WireSource fine = source(good, WireKind.NINJS, null);

        long start = System.nanoTime();
        poller.pollDue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the hanging source is cut off").isLessThan(Duration.ofSeconds(30));

        for (int i = 0; i < cases.length; i++) {
            WireSource s = reload(hostile.get(i));
            assertThat(s.lastError()).as(cases[i][0]).isEqualTo(cases[i][3]);
            assertThat(s.lastSuccessAt()).isNull();
            assertThat(items(s)).isEmpty();
        }
        assertThat(reload(huge).lastError()).isEqualTo("wire.poll.too-large");
        assertThat(reload(huge).lastErrorDetail()).isEqualTo("5");
        assertThat(reload(hang).lastError()).isEqualTo("wire.poll.timeout");
        assertThat(reload(missing).lastError()).isEqualTo("wire.poll.http-status");
        assertThat(reload(missing).lastErrorDetail()).isEqualTo("404");
        assertThat(reload(hostile.get(5)).lastErrorDetail()).isEqualTo("html");
        assertThat(reload(fine).healthy()).isTrue();
        assertThat(items(fine)).extracting(WireItem::headline).containsExactly("Still here");
        assertThat(newsroom.as("writer", () -> incoming.list(new WireFilter(null, null, null, "TOP-SECRET")))).isEmpty();

        // Back-off: the interval after the first failure, twice that after the second.
        WireSource broken = reload(hostile.getFirst());
        assertThat(Duration.between(broken.lastErrorAt(), broken.nextPollAt())).isEqualTo(Duration.ofMinutes(5));
        pollAgain(broken);
        broken = reload(broken);
        assertThat(broken.failures()).isEqualTo(2);
        assertThat(Duration.between(broken.lastErrorAt(), broken.nextPollAt())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void anItemThePartnerWithdrawsIsFlaggedAndCannotBeUsed() {
        String f = marker() + ".json";
        String uri = "urn:partner:" + marker();
        partner.write(f, ninjsItem(uri, "1", "Soon withdrawn", "<p>Text.</p>"));
        WireSource s = source(f, WireKind.NINJS, null);
        poller.pollDue();
        assertThat(items(s).getFirst().canceled()).isFalse();
        partner.write(f, ninjsItem(uri, "2", "Soon withdrawn", "<p>Text.</p>").replace("\"type\":\"text\"",
                "\"type\":\"text\",\"pubStatus\":\"canceled\""));
        pollAgain(s);
        WireItem withdrawn = items(s).getFirst();
        assertThat(withdrawn.canceled()).isTrue();
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThatThrownBy(() -> newsroom.as("writer", () -> incoming.use(withdrawn.id())))
                .isInstanceOf(WireException.class).hasMessage("wire.error.canceled");
    }

    @Test
    void twoWorkersNeverClaimTheSameSource() throws Exception {
        String f = marker() + ".json";
        partner.write(f, ninjsItem("urn:once:" + marker(), "1", "Once", "<p>Once.</p>"));
        WireSource s = source(f, WireKind.NINJS, null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(poller::pollDue);
            var b = pool.submit(poller::pollDue);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        assertThat(items(s)).hasSize(1);
        assertThat(reload(s).itemsTaken()).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsManageSourcesAndOnlyTheDeskSeesIncomingItems() {
        assertThatThrownBy(() -> newsroom.as("editor", () -> sources.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newsroom.as("admin", () -> incoming.list(WireFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newsroom.as("admin", () -> sources.create(new WireSourceForm("x", "file:///etc/passwd",
                WireKind.NINJS, Duration.ofMinutes(5), null, false)))).isInstanceOf(WireException.class).hasMessage("wire.error.url");
        assertThatThrownBy(() -> newsroom.as("admin", () -> sources.create(new WireSourceForm("x", "https://a.example/",
                WireKind.NINJS, Duration.ofSeconds(5), null, false)))).isInstanceOf(WireException.class).hasMessage("wire.error.interval");
    }
}
