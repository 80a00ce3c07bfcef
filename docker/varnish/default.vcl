vcl 4.1;
# The front cache of the public site (docs/front-cache.md). The app tags every public response with
# what it shows (Surrogate-Key) and says how long a shared cache may keep it (s-maxage); on every
# publication, correction, kill and embargo lift it sends BAN with the tags to drop (X-Purge-Tags).

import std;
import directors;

backend app {
    .host = "app";
    .port = "8080";
    .probe = {
        .url = "/readyz";
        .interval = 1s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

# The app nodes, taken in turn (a node its probe finds unhealthy is skipped). Another node is one more
# backend here and one more add_backend line; every node must list this Varnish in its purge URLs.
sub vcl_init {
    new nodes = directors.round_robin();
    nodes.add_backend(app);
}

# Who may purge: the app nodes (loopback and private networks, as in docker-compose).
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    set req.backend_hint = nodes.backend();
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (req.http.X-Purge-Tags !~ "^[A-Za-z0-9-]+( [A-Za-z0-9-]+)*$") {
            return (synth(400, "X-Purge-Tags: space-separated tags"));
        }
        # Lurker-friendly (only obj.* in the expression): old objects are dropped in the background too.
        # No spaces inside the regex: ban() splits its argument on them.
        ban("obj.http.Surrogate-Key ~ (^|\s)(" + regsuball(req.http.X-Purge-Tags, " ", "|") + ")(\s|$)");
        return (synth(200, "Banned"));
    }
    # Vaadin's push uses WebSockets.
    if (req.http.Upgrade ~ "(?i)websocket") {
        return (pipe);
    }
    # The newsroom, partners with tokens and anything that is not a read go straight to the app.
    if (req.url ~ "^/newsroom" || req.http.Authorization || (req.method != "GET" && req.method != "HEAD")) {
        return (pass);
    }
    # The public site is the same for everyone: cookies play no part in it.
    unset req.http.Cookie;
    # The app compresses each response once and sends it gzipped or plain (Vary: Accept-Encoding); varnishd
    # runs with http_gzip_support=off, so it keeps both variants rather than gunzipping its gzip copy for
    # every reader who did not ask for gzip (a third of its CPU in the benchmark). Two variants at most:
    if (req.http.Accept-Encoding ~ "(?i)gzip" && req.http.Accept-Encoding !~ "(?i)gzip\s*;\s*q\s*=\s*0(\.0*)?\s*(,|$)") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    # While the app answers, serve a stale copy only for stale-while-revalidate; when it does not
    # (stopped database, deployment), for as long as stale-if-error allows (the grace set below).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 30s;
    }
    return (hash);
}

sub vcl_pipe {
    if (req.http.Upgrade) {
        set bereq.http.Upgrade = req.http.Upgrade;
        set bereq.http.Connection = req.http.Connection;
    }
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        # stale-if-error: keep serving the last good copy for a day if the app cannot answer.
        set beresp.grace = 1d;
        # Expired copies are revalidated with If-None-Match: a 304 from the app is cheap.
        set beresp.keep = 1d;
    }
    # A failed background refresh must not replace a good copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Tags are for this cache only.
    unset resp.http.Surrogate-Key;
}
