package org.newsdesk.syndication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.publication.CacheTags;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.publication.SyndicatedDispatch;
import org.newsdesk.publication.SyndicatedDispatches;
import org.newsdesk.publication.SyndicatedDispatches.Audience;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The NewsML-G2 API, the twin of {@link NinjsController}: {@code GET /api/newsml/{id}} is one
 * {@code newsItem}; {@code GET /api/newsml?lang=&since=&page=} a {@code newsMessage} of up to 50 items,
 * most recently changed first, naming the next page in its header and in a {@code Link} header. Same
 * audiences (bearer tokens), parameters, errors (JSON), ETags and conditional GET as ninjs.
 */
@RestController
class NewsmlController {

    static final MediaType ITEM_TYPE = MediaType.parseMediaType("application/vnd.iptc.g2.newsitem+xml");
    static final MediaType MESSAGE_TYPE = MediaType.parseMediaType("application/vnd.iptc.g2.newsmessage+xml");
    private static final MediaType ITEM = new MediaType(ITEM_TYPE, StandardCharsets.UTF_8);
    private static final MediaType MESSAGE = new MediaType(MESSAGE_TYPE, StandardCharsets.UTF_8);
    private static final String LIST_PATH = "/api/newsml";

    private final SyndicatedDispatches dispatches;
    private final ApiRequests requests;
    private final NewsmlWriter writer;
    private final Clock clock;
    private final PublicResponses responses;

    NewsmlController(SyndicatedDispatches dispatches, ApiRequests requests, NewsmlWriter writer,
                     Clock clock, PublicResponses responses) {
        this.dispatches = dispatches;
        this.requests = requests;
        this.writer = writer;
        this.clock = clock;
        this.responses = responses;
    }

    static String itemPath(long id) {
        return LIST_PATH + "/" + id;
    }

    @GetMapping(LIST_PATH + "/{id}")
    ResponseEntity<byte[]> item(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        long number = ApiRequests.parseId(id);
        Audience audience = ApiRequests.audience();
        // Whether the item exists, and how it reads, depend on the token (also for 304s and 404s).
        response.addHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        return responses.serve(request, response, PublicResponses.Request.of(ApiRequests.cacheControl(audience), version -> {
            var found = dispatches.find(number, audience)
                    .orElseThrow(() -> new ApiRequests.NotFound("There is no dispatch " + number + " for you."));
            Instant now = clock.instant();
            return new PublicResponses.Rendered(HttpStatus.OK, ITEM, writer.item(found, original(found, audience, new HashMap<>()), now));
        }).variant(ApiRequests.variant(audience)).tags(CacheTags.article(number)));
    }

    @GetMapping(LIST_PATH)
    ResponseEntity<byte[]> list(@RequestParam(required = false) String lang, @RequestParam(required = false) String since,
                                @RequestParam(required = false) String page,
                                HttpServletRequest request, HttpServletResponse response) {
        String language = requests.language(lang);
        Instant sinceInstant = ApiRequests.parseSince(since);
        int pageNumber = ApiRequests.parsePage(page);
        Audience audience = ApiRequests.audience();
        response.addHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        var answer = responses.respond(request, response, PublicResponses.Request.of(ApiRequests.cacheControl(audience),
                        version -> message(language, sinceInstant, pageNumber, audience, version.lastModified()))
                .variant(ApiRequests.variant(audience)).tags(NinjsController.listScope(language, null)));
        if (answer == null) {
            return null;
        }
        var builder = ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders());
        if (answer.getBody() != null && hasNext(answer.getBody())) {
            builder.header(HttpHeaders.LINK, "<" + nextPath(language, sinceInstant, pageNumber + 1) + ">; rel=\"next\"");
        }
        return builder.body(answer.getBody());
    }

    /**
     * A newsMessage must carry at least one item (its itemSet may not be empty): a page with nothing on it
     * is a 204 No Content, with the same validators, so that a poller that finds nothing new gets 304s.
     */
    private PublicResponses.Rendered message(String language, Instant since, int pageNumber, Audience audience, Instant sent) {
        int size = ApiRequests.PAGE_SIZE;
        // One more than a page tells whether there is a next page.
        List<SyndicatedDispatch> found = dispatches.list(new SyndicatedDispatches.Query(language, null, since,
                (pageNumber - 1) * size, size + 1, audience));
        if (found.isEmpty()) {
            return new PublicResponses.Rendered(HttpStatus.NO_CONTENT, MESSAGE, new byte[0]);
        }
        Map<Long, NewsmlWriter.Original> originals = new HashMap<>();
        return new PublicResponses.Rendered(HttpStatus.OK, MESSAGE, writer.message(found.stream().limit(size).toList(),
                d -> original(d, audience, originals), sent,
                found.size() > size ? nextPath(language, since, pageNumber + 1) : null, clock.instant()));
    }

    /** The item a translation was made from, if the caller may see it (a killed original is not linked). */
    private NewsmlWriter.Original original(SyndicatedDispatch d, Audience audience, Map<Long, NewsmlWriter.Original> seen) {
        Long from = d.translatedFrom();
        if (from == null || d.killed()) {
            return null;
        }
        return seen.computeIfAbsent(from, id -> dispatches.find(id, audience).filter(o -> !o.killed())
                .map(o -> new NewsmlWriter.Original(o.id(), o.revision())).orElse(null));
    }

    private static String nextPath(String language, Instant since, int page) {
        var uri = UriComponentsBuilder.fromPath(LIST_PATH);
        if (language != null) {
            uri.queryParam("lang", language);
        }
        if (since != null) {
            uri.queryParam("since", NinjsMapper.dateTime(since));
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    /** Whether the (possibly cached) message names a next page: in its header, before any item. */
    private static boolean hasNext(byte[] body) {
        String head = new String(body, 0, Math.min(2048, body.length), StandardCharsets.UTF_8);
        int items = head.indexOf("<itemSet");
        return (items < 0 ? head : head.substring(0, items)).contains(NewsmlWriter.NEXT_PAGE_REL);
    }

    @ExceptionHandler(ApiRequests.BadRequest.class)
    ResponseEntity<byte[]> badRequest(ApiRequests.BadRequest e) {
        return NinjsController.error(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
    }

    @ExceptionHandler(ApiRequests.NotFound.class)
    ResponseEntity<byte[]> notFound(ApiRequests.NotFound e) {
        return NinjsController.error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }
}
