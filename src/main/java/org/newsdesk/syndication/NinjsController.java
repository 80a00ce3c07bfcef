package org.newsdesk.syndication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.publication.CacheTags;
import org.newsdesk.publication.PublicResponses;
import org.newsdesk.section.Sections;
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
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ninjs API. {@code GET /api/ninjs/{id}} is one item; {@code GET /api/ninjs?lang=&section=&since=&page=}
 * a page of 50, most recently changed first, with a {@code next} link while there is more. Anonymous
 * callers see usable items only; API clients (bearer token) also withheld and canceled ones.
 */
@RestController
class NinjsController {

    static final int PAGE_SIZE = ApiRequests.PAGE_SIZE;
    static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");
    private static final Pattern SECTION = Pattern.compile("[a-z0-9-]{1,40}");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final SyndicatedDispatches dispatches;
    private final ApiRequests requests;
    private final Sections sections;
    private final NinjsMapper ninjs;
    private final Clock clock;
    private final PublicResponses responses;

    NinjsController(SyndicatedDispatches dispatches, ApiRequests requests, Sections sections,
                    NinjsMapper ninjs, Clock clock, PublicResponses responses) {
        this.dispatches = dispatches;
        this.requests = requests;
        this.sections = sections;
        this.ninjs = ninjs;
        this.clock = clock;
        this.responses = responses;
    }

    @GetMapping("/api/ninjs/{id}")
    ResponseEntity<byte[]> item(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        long number = ApiRequests.parseId(id);
        Audience audience = ApiRequests.audience();
        // Whether the item exists, and how it reads, depend on the token (also for 304s and 404s).
        response.addHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        return responses.serve(request, response, PublicResponses.Request.of(ApiRequests.cacheControl(audience), version -> {
            var found = dispatches.find(number, audience)
                    .orElseThrow(() -> new ApiRequests.NotFound("There is no dispatch " + number + " for you."));
            return new PublicResponses.Rendered(HttpStatus.OK, JSON, MAPPER.writeValueAsBytes(ninjs.toNinjs(found, clock.instant())));
        }).variant(ApiRequests.variant(audience)).tags(CacheTags.article(number)));
    }

    @GetMapping("/api/ninjs")
    ResponseEntity<byte[]> list(@RequestParam(required = false) String lang, @RequestParam(required = false) String section,
                                @RequestParam(required = false) String since, @RequestParam(required = false) String page,
                                HttpServletRequest request, HttpServletResponse response) {
        String language = requests.language(lang);
        String sectionCode = ApiRequests.blankToNull(section);
        if (sectionCode != null && !SECTION.matcher(sectionCode).matches()) {
            throw new ApiRequests.BadRequest("Unknown section '" + sectionCode + "'.");
        }
        Instant sinceInstant = ApiRequests.parseSince(since);
        int pageNumber = ApiRequests.parsePage(page);
        Audience audience = ApiRequests.audience();
        response.addHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        // The section is checked in the database only when the page is rendered: a kept page or a 304 needs no query.
        var answer = responses.respond(request, response, PublicResponses.Request.of(ApiRequests.cacheControl(audience),
                version -> {
                    if (sectionCode != null && sections.label(sectionCode, language == null ? "en" : language).isEmpty()) {
                        throw new ApiRequests.BadRequest("Unknown section '" + sectionCode + "'.");
                    }
                    return new PublicResponses.Rendered(HttpStatus.OK, JSON, MAPPER.writeValueAsBytes(
                            page(language, sectionCode, sinceInstant, pageNumber, audience, clock.instant())));
                })
                .variant(ApiRequests.variant(audience)).tags(listScope(language, sectionCode)));
        if (answer == null) {
            return null;
        }
        var builder = ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders());
        String next = nextLink(language, sectionCode, sinceInstant, pageNumber, answer.getBody());
        if (next != null) {
            builder.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return builder.body(answer.getBody());
    }

    /** A list in one edition (or one section of it) changes only with that edition (or section). */
    static String listScope(String language, String sectionCode) {
        if (language == null) {
            return CacheTags.INDEX;
        }
        return sectionCode == null ? CacheTags.edition(language) : CacheTags.section(language, sectionCode);
    }

    private Map<String, Object> page(String language, String sectionCode, Instant sinceInstant, int pageNumber,
                                     Audience audience, Instant now) {
        // One more than a page tells whether there is a next page.
        List<SyndicatedDispatch> found = dispatches.list(new SyndicatedDispatches.Query(language, sectionCode, sinceInstant,
                (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE + 1, audience));
        List<SyndicatedDispatch> shown = found.stream().limit(PAGE_SIZE).toList();
        // The page's pictures in one query, not one per item.
        var pictures = ninjs.picturesOf(shown);
        List<Map<String, Object>> items = shown.stream()
                .map(d -> ninjs.toNinjs(d, now, pictures.getOrDefault(d.id(), List.of()))).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", pageNumber);
        body.put("pageSize", PAGE_SIZE);
        body.put("items", items);
        if (found.size() > PAGE_SIZE) {
            body.put("next", nextPath(language, sectionCode, sinceInstant, pageNumber + 1));
        }
        return body;
    }

    private static String nextPath(String language, String sectionCode, Instant sinceInstant, int page) {
        var uri = UriComponentsBuilder.fromPath("/api/ninjs");
        if (language != null) {
            uri.queryParam("lang", language);
        }
        if (sectionCode != null) {
            uri.queryParam("section", sectionCode);
        }
        if (sinceInstant != null) {
            uri.queryParam("since", NinjsMapper.dateTime(sinceInstant));
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    /** The next page's link when the (possibly cached) body has one. */
    private static String nextLink(String language, String sectionCode, Instant sinceInstant, int pageNumber, byte[] body) {
        // "next" is the body's last key; inside items a quote would be escaped, so this cannot match there.
        String tail = new String(body, Math.max(0, body.length - 1024), Math.min(1024, body.length), StandardCharsets.UTF_8);
        return tail.contains(",\"next\":\"/api/ninjs") ? nextPath(language, sectionCode, sinceInstant, pageNumber + 1) : null;
    }

    @ExceptionHandler(ApiRequests.BadRequest.class)
    ResponseEntity<byte[]> badRequest(ApiRequests.BadRequest e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
    }

    @ExceptionHandler(ApiRequests.NotFound.class)
    ResponseEntity<byte[]> notFound(ApiRequests.NotFound e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    static ResponseEntity<byte[]> error(HttpStatus status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", error);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(JSON).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(MAPPER.writeValueAsBytes(body));
    }

}
