vcl 4.1;
# Frontend cache for the Mist site (Varnish 7). Anonymous visitors of public pages are served
# from memory; everything personal goes straight to the app servers. Django decides what is
# shareable (home/cache.py sets Cache-Control); this file only refuses to store what must never
# be stored, even if a header were wrong, and accepts purges from the app servers.

import directors;
import std;

probe healthy {
    .url = "/robots.txt";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend app1 { .host = "127.0.0.1"; .port = "8081"; .probe = healthy; }
backend app2 { .host = "127.0.0.1"; .port = "8082"; .probe = healthy; }

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app1);
    apps.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = apps.backend();

    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Private areas: admin, members, accounts, private documents.
    if (req.url ~ "^/(admin|documents)/" || req.url ~ "^/(fr/espace-membres|en/members|fr/compte|en/account)/") {
        return (pass);
    }
    # A session or CSRF cookie means a logged-in person or a form in progress: never cached.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Other cookies (analytics from elsewhere do not exist here, but browsers may send
    # leftovers) do not change public pages: drop them so the page can be served from cache.
    unset req.http.Cookie;
    # The root redirects by Accept-Language: keep only the first language tag to limit variants.
    if (req.url == "/") {
        set req.http.Accept-Language = regsub(req.http.Accept-Language, "^([a-zA-Z]{2}).*$", "\1");
    }
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Audio and media may be large: stream them.
    if (bereq.url ~ "^/(media|podcasts|audio)/") {
        set beresp.do_stream = true;
    }
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Browsers must not keep pages longer than Django says (s-maxage is for this cache only).
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
