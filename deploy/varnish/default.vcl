vcl 4.1;

# The Ledger's edge cache. Reading pages are the same for every visitor (per-visitor parts load after the page),
# so they are cached here and purged by surrogate key (the `xkey` header the app sends, one key per cache tag)
# when a write changes them. Anything personal passes through untouched and is never stored.
#
# The backends are filled in by scripts/cluster.mjs (or your deployment's template) from LEDGER_BACKENDS.

import std;
import var;
import xkey;
import directors;

include "backends.vcl";

# Who may purge: the app instances. Loopback and private networks; narrow this in production.
acl purgers {
  "127.0.0.1";
  "::1";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    # Remember when the last purge happened: a backend fetch that began before it must not be stored, since it
    # may carry what the purge removed (see vcl_backend_response).
    var.global_set("last-purge", "" + std.time2real(now, 0.0));
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone));
  }

  set req.backend_hint = ledger.backend();

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Signed-in readers and editors: their requests and responses never touch the cache.
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?next-auth\.session-token=") {
    return (pass);
  }
  # Private areas, server-rendered per request, and the app's APIs.
  if (req.url ~ "^/(admin|account|preview|signin|signed-out|register|comments/|api/|dev/)") {
    return (pass);
  }
  # Server actions and the router's own requests vary by headers the cache key does not hold.
  if (req.http.Next-Action || req.http.Next-Router-State-Tree || req.http.RSC) {
    return (pass);
  }
  # Reading pages ignore cookies (the consent banner's, analytics'): same page for everyone.
  unset req.http.Cookie;
  # Browsers take gzip and get the stored gzip copy as it is. A client that does not gets its own plain copy,
  # fetched plain, rather than the gzip copy decompressed on every answer (a 100 KB gunzip per request).
  if (req.http.Accept-Encoding ~ "gzip") {
    set req.http.x-ledger-encoding = "gzip";
  } else {
    set req.http.x-ledger-encoding = "identity";
  }
  return (hash);
}

sub vcl_hash {
  hash_data(req.http.x-ledger-encoding);
}

sub vcl_backend_fetch {
  set bereq.http.x-fetch-started = "" + std.time2real(now, 0.0);
  # Varnish asks the backend for gzip on every miss; the plain copy is asked for plain.
  if (bereq.http.x-ledger-encoding == "identity") {
    unset bereq.http.Accept-Encoding;
  }
  unset bereq.http.x-ledger-encoding;
}

sub vcl_backend_response {
  # Never store anything personal, and nothing that is not a reading page the app labelled.
  if (beresp.http.Set-Cookie || !beresp.http.xkey || beresp.http.Cache-Control ~ "(private|no-store)") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # A fetch that began before the latest purge may carry what that purge removed: serve it, don't keep it.
  if (std.real(bereq.http.x-fetch-started, 0.0) <= std.real(var.global_get("last-purge"), 0.0)) {
    set beresp.uncacheable = true;
    set beresp.ttl = 1s;
    return (deliver);
  }
  # Purges keep pages exact, so they can stay long; grace is short so a purged page is never served stale.
  set beresp.ttl = 1d;
  set beresp.grace = 0s;
  return (deliver);
}

sub vcl_deliver {
  # Browsers revalidate every time (cheap, with ETag); only this cache holds pages.
  if (resp.http.xkey) {
    set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
    unset resp.http.xkey;
  }
  unset resp.http.x-fetch-started;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
