#!/usr/bin/env python3
"""A small news site on 127.0.0.1 for the feed tests: an RSS feed with ETag (answers 304 to
a matching If-None-Match), an Atom feed with Last-Modified only (answers 304 to a matching
If-Modified-Since), their article pages (one missing), an HTML page where a feed should be,
a 404, a body announced as 2 GB, and a body without a length that never ends.
Writes the port it listens on to PORT_FILE and every request to LOG_FILE.
Usage: feed_server.py PORT_FILE LOG_FILE"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port_file, log_file = sys.argv[1], sys.argv[2]

PAGE = """<html><head><title>{title}</title><meta charset="utf-8"></head><body><article>
<h1>{title}</h1><p>{body}</p></article></body></html>"""
PAGES = {
    "/a.html": ("Attaque contre un poste de gendarmerie près de Djibo",
                "Des hommes armés ont attaqué mardi un poste de gendarmerie près de Djibo, dans la province du "
                "Soum, tuant quatre gendarmes, selon des sources sécuritaires. Les assaillants sont repartis "
                "vers la frontière malienne après plusieurs heures de combats."),
    "/b.html": ("Manifestation à Niamey contre la vie chère",
                "Plusieurs centaines de personnes ont manifesté samedi à Niamey contre la hausse des prix du "
                "carburant, à l'appel de syndicats et d'associations de la société civile. La marche s'est "
                "déroulée dans le calme, selon les organisateurs."),
    "/c.html": ("Villages attacked near Tillia",
                "Gunmen on motorbikes killed at least 137 people on Sunday in attacks on the villages of "
                "Intazayene, Bakorat and Wistane, near Tillia in the Tahoua region of Niger, the government "
                "said. The attackers shot at residents and burned granaries before riding off towards the "
                "border with Mali."),
}
ATOM_MODIFIED = "Mon, 22 Mar 2021 10:00:00 GMT"
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel Test Wire</title>
<entry><title>Villages attacked near Tillia</title><link href="/c.html"/><updated>2021-03-22T09:00:00Z</updated></entry>
</feed>"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Journal du Test</title><link>http://127.0.0.1:{port}/</link>
<item><title>Attaque près de Djibo</title><link>/a.html</link><pubDate>Wed, 15 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Manifestation à Niamey</title><link>http://127.0.0.1:{port}/b.html</link><pubDate>Sat, 18 May 2024 19:00:00 GMT</pubDate></item>
<item><title>Article retiré</title><link>/gone.html</link><pubDate>Sat, 18 May 2024 20:00:00 GMT</pubDate></item>
</channel></rss>"""


class Site(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        status = 200
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                status = 304
                self.send_response(304)
                self.end_headers()
            else:
                body = FEED.format(port=self.server.server_address[1]).encode()
                self.send(200, body, "application/rss+xml", [("ETag", '"v1"')])
        elif self.path == "/atom.xml":
            if self.headers.get("If-Modified-Since") == ATOM_MODIFIED:
                status = 304
                self.send_response(304)
                self.end_headers()
            else:
                self.send(200, ATOM.encode(), "application/atom+xml", [("Last-Modified", ATOM_MODIFIED)])
        elif self.path in PAGES:
            title, text = PAGES[self.path]
            self.send(200, PAGE.format(title=title, body=text).encode())
        elif self.path == "/front-page.xml":
            self.send(200, PAGE.format(title="Accueil", body="Bienvenue sur le site du journal.").encode())
        elif self.path == "/huge.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(2 * 1024 ** 3))
            self.end_headers()
            try:
                self.wfile.write(b"<" * (1 << 20))
            except OSError:
                pass
        elif self.path == "/endless.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            try:
                for _ in range(4096):
                    self.wfile.write(b"<rss>" * 2048)
            except OSError:
                pass
        else:
            status = 404
            self.send(404, b"not found")
        with open(log_file, "a") as log:
            condition = self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since") or "-"
            log.write("%s %d %s\n" % (self.path, status, condition))


server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
with open(port_file, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
