"""Small WARC (and ARC) files for the tests, written with warcio."""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: An article page in the markup of a WELT article (invented text about banks on Facebook).
ARTICLE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="{charset}">
<title>{title} - WELT</title>
<meta property="og:title" content="{title}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "2011-08-16T09:00:00+02:00",
"author": {{"@type": "Person", "name": "Anna Beispiel"}}}}</script>
</head><body><article>
<h1>{title}</h1>
<p class="byline">Von Anna Beispiel</p>
{body}
</article></body></html>
"""


#: Three article texts (pages with the same text would be copies of one another).
TEXTS = (
    """<p>Die Sparkasse KölnBonn und die GLS Bank sind auf Facebook aktiv. Großbanken zögern
dagegen noch, weil sie fürchten, die Kontrolle über die Gespräche mit ihren Kunden zu
verlieren. Auf Twitter melden sich inzwischen auch Volksbanken zu Wort.</p>
<p>Die Commerzbank beobachtet die sozialen Netzwerke genau. Ein Sprecher sagte, man wolle
erst eine Social-Media-Strategie entwickeln, bevor die Bank eine eigene Facebook-Seite
startet. Kunden der Deutschen Bank fragen dort schon nach Gebühren und Filialen.</p>
<p>Fachleute raten den Instituten, auf Kritik im Netz schnell zu antworten. Wer schweigt,
überlässt anderen das Gespräch über die eigene Bank, sagt eine Beraterin aus München.</p>""",
    """<p>Die Hamburger Sparkasse twittert seit dem Frühjahr über neue Filialen, Zinsen und
Veranstaltungen. Mehr als zweitausend Menschen folgen dem Konto bereits, berichtet die
Leiterin der Pressestelle, die Großbanken schauen interessiert zu.</p>
<p>Auch die Volksbank Stuttgart plant einen Auftritt bei Facebook. Dort sollen Azubis über
ihren Alltag in der Bank schreiben, damit junge Kunden die Genossenschaftsbank kennenlernen
und Fragen zu Konten und Krediten stellen können.</p>
<p>Datenschützer warnen die Institute, keine Kundendaten in sozialen Netzwerken zu nennen.
Die Sparkasse verspricht, Anfragen zu Konten nur über sichere Wege zu beantworten.</p>""",
    """<p>Azubis der Volksbank erklären auf TikTok und Twitter, wie ein Girokonto funktioniert
und worauf man bei einem Kredit achten sollte. Die kurzen Videos erreichen vor allem
Schülerinnen und Schüler, die bisher kaum Kontakt zu ihrer Bank hatten.</p>
<p>Die Genossenschaftsbank will so Nachwuchs gewinnen. Auch die Sparkasse in der Nachbarstadt
prüft ein eigenes Konto, sagt ihr Vorstand, man lerne gern von den Kollegen.</p>
<p>Fachleute für Finanzbildung loben den Versuch. Soziale Netzwerke seien für junge Leute der
wichtigste Ort, um sich über Geld zu informieren, sagt ein Professor aus Köln.</p>""",
)


def article_html(title: str = "Banken entdecken Facebook und Twitter", charset: str = "utf-8",
                 text: int = 0) -> bytes:  # fmt: skip
    """An article page (one of :data:`TEXTS`) encoded as ``charset``."""
    return ARTICLE.format(title=title, charset=charset, body=TEXTS[text]).encode(
        "cp1252" if charset.lower() in ("iso-8859-1", "latin-1", "windows-1252") else charset
    )


@dataclass
class WarcBuilder:
    """Records for one WARC file; :meth:`write` stores them (gzip per record or plain)."""

    records: list[object] = field(default_factory=list)
    writer: WARCWriter = field(default_factory=lambda: WARCWriter(io.BytesIO(), gzip=True))

    def response(
        self, url: str, body: bytes, status: str = "200 OK",
        content_type: str = "text/html; charset=utf-8",
        headers: list[tuple[str, str]] | None = None,
        date: str = "2016-09-26T10:00:00Z", record_type: str = "response",
    ) -> str:  # fmt: skip
        """Add a response record; return its record id."""
        http = StatusAndHeaders(status, [("Content-Type", content_type), *(headers or [])],
                                protocol="HTTP/1.1")  # fmt: skip
        record = self.writer.create_warc_record(
            url, record_type, payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )  # fmt: skip
        self.records.append(record)
        return str(record.rec_headers.get_header("WARC-Record-ID"))

    def request(self, url: str) -> None:
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])],
                                is_http_request=True)  # fmt: skip
        self.records.append(self.writer.create_warc_record(url, "request", http_headers=http))

    def journal(self, url: str, entry: dict[str, object]) -> None:
        """Add one of the crawl's journal entries (a JSON ``metadata`` record)."""
        data = json.dumps(entry).encode()
        self.records.append(self.writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(data), length=len(data),
            warc_content_type="application/json"))  # fmt: skip

    def revisit(self, url: str) -> None:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        self.records.append(self.writer.create_revisit_record(
            url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, "2016-09-01T00:00:00Z",
            http_headers=http))  # fmt: skip

    def write(self, path: Path, gzip_records: bool = True) -> list[int]:
        """Write the file; return each record's offset."""
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=gzip_records)
        offsets = []
        for record in self.records:
            offsets.append(out.tell())
            writer.write_record(record)
        path.write_bytes(out.getvalue())
        return offsets


def arc_file(path: Path, pages: list[tuple[str, bytes]], compress: bool = True) -> None:
    """An ARC (version 1) file holding ``pages`` as HTTP responses."""
    info = b"1 0 newsarchive\nURL IP-address Archive-date Content-type Archive-length\n"
    desc = b"filedesc://test.arc 0.0.0.0 20080101000000 text/plain %d\n" % len(info) + info
    chunks = [desc + b"\n"]
    for url, body in pages:
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)  # fmt: skip
        head = f"{url} 127.0.0.1 20090512081500 text/html {len(http)}\n".encode()
        chunks.append(head + http + b"\n")
    if compress:
        path.write_bytes(b"".join(gzip.compress(c) for c in chunks))
    else:
        path.write_bytes(b"".join(chunks))
