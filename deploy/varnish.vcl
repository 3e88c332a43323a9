vcl 4.1;
# Frontend cache for the Mist site (Varnish 7). Anonymous visitors of public pages are served
# from memory; everything personal goes straight to the app servers. The app decides what is
# shareable and says it in Cache-Control (mist_site/caching/headers.py; the members' area and
# accounts mark themselves private): this file honours it and keeps no list of addresses of its
# own. It accepts purges from the app servers (wagtail.contrib.frontend_cache).

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
        # "/*" (a snippet or the site settings changed): every page of the site.
        if (req.url == "/*") {
            ban("obj.http.x-url ~ ^/");
            return (synth(200, "Purged"));
        }
        # Wagtail purges a page's path; its filtered and paginated variants (?year=2022,
        # ?page=2) show the same content, so they go too. Every host's copy goes.
        ban("obj.http.x-url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A session means a logged-in person: her pages are hers (the app marks them private).
    # Credentials sent another way (HTTP authentication) are personal too.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=" || req.http.Authorization) {
        return (pass);
    }
    # No public page depends on any other cookie. The CSRF token is kept for the app: a form
    # page reuses it (and is never stored: it answers with Set-Cookie and private); a page
    # without a form ignores it, so a visitor who once opened a form is still served from
    # the cache. Everything else (leftovers, the language cookie) is dropped.
    if (req.http.Cookie ~ "(^|;\s*)csrftoken=") {
        set req.http.Cookie = regsub(req.http.Cookie, "^(.*;\s*)?(csrftoken=[^;]*).*$", "\2");
    } else {
        unset req.http.Cookie;
    }
    # The root redirects by Accept-Language: keep only the first language tag to limit variants.
    if (req.url == "/") {
        set req.http.Accept-Language = regsub(req.http.Accept-Language, "^([a-zA-Z]{2}).*$", "\1");
    }
    return (hash);
}

sub vcl_hash {
    # Each host its own copy: pages carry absolute links (canonical, OpenGraph) on the host
    # they were asked on. Bans match the path on every host. Cookies are not in the key.
    hash_data(req.url);
    hash_data(req.http.host);
    return (lookup);
}

sub vcl_backend_response {
    # Remembered for bans (see PURGE), removed before delivery.
    set beresp.http.x-url = bereq.url;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # A shareable page does not depend on the cookies a visitor carries (sessions are passed,
    # form pages set a cookie and are not stored): one copy for everyone, whatever her CSRF
    # cookie, even if Django said "Vary: Cookie" (it does when a page looks for messages).
    if (beresp.http.Vary) {
        set beresp.http.Vary = regsub(regsuball(beresp.http.Vary, "(?i)\s*\bCookie\b\s*,?", ""), ",\s*$", "");
        if (beresp.http.Vary ~ "^\s*$") {
            unset beresp.http.Vary;
        }
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
    unset resp.http.x-url;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
