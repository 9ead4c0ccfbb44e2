"""Images in imported Moodle XML: read, checked and named by their content, ready to store.

No Flask here. Moodle XML carries a question text's pictures as `<file name=... encoding="base64">`
elements that the HTML points at with `@@PLUGINFILE@@/name`, or inline as `data:` URIs. A picture
comes in only when its bytes are a PNG, JPEG, GIF or WebP (checked by their signature, whatever the
file claims) and it is at most MAX_IMAGE_BYTES; SVG is refused (it can carry scripts), and so is
anything else, each with a line in the import report. An image is stored once, under the SHA-256 of
its bytes (`db.question_images`), and served by the app with its checked type and `nosniff`.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
import urllib.parse
import xml.etree.ElementTree as ET
from typing import NamedTuple

MAX_IMAGE_BYTES = 300_000  # per image
MAX_IMAGES = 10  # per question
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
               (b"GIF89a", "image/gif"))
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r"""\b(src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_DATA_URI = re.compile(r"^data:([\w/+.-]+)?(;base64)?,(.*)$", re.S | re.I)


class Image(NamedTuple):
    id: str  # sha256 of the bytes, hex
    mime: str
    data: bytes
    alt: str


def sniff(data: bytes) -> str | None:
    """The image type its bytes say, or None (SVG and everything else)."""
    for sig, mime in _SIGNATURES:
        if data.startswith(sig):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def check(data: bytes, name: str) -> Image | str:
    """The image, or why it is refused (for the report)."""
    head = data[:400].lstrip().lower()
    if name.lower().endswith(".svg") or head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return f"the SVG drawing {name!r} (SVG can carry scripts, so Sourced refuses it)"
    if len(data) > MAX_IMAGE_BYTES:
        return f"the image {name!r} ({len(data):,} bytes; the limit is {MAX_IMAGE_BYTES:,} per image)"
    mime = sniff(data)
    if mime is None:
        return f"the file {name!r} (not a PNG, JPEG, GIF or WebP picture)"
    return Image(hashlib.sha256(data).hexdigest(), mime, data, "")


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}


def _decode(b64: str) -> bytes | None:
    try:
        return base64.b64decode(re.sub(r"\s+", "", b64), validate=True)
    except (binascii.Error, ValueError):
        return None


def question_images(q: ET.Element, html: str) -> tuple[list[Image], list[str]]:
    """The pictures of a question text (its `<img>`s, from `<file>` elements or data: URIs), and the
    report's lines for those refused. `html` is the question text as the file writes it."""
    files = {f.get("name", ""): f for f in q.findall("questiontext/file")}
    images: list[Image] = []
    refused: list[str] = []
    for tag in _IMG.findall(html):
        a = _attrs(tag)
        src, alt = a.get("src", ""), " ".join(a.get("alt", "").split())[:300]
        data, name = _source(src, files)
        if data is None:
            refused.append(f"the image {name!r} (its data is not in the file)")
            continue
        got = check(data, name)
        if isinstance(got, str):
            refused.append(got)
        elif len(images) >= MAX_IMAGES:
            refused.append(f"the image {name!r} (a question keeps at most {MAX_IMAGES})")
        elif got.id not in {i.id for i in images}:
            images.append(got._replace(alt=alt))
    return images, refused


def _source(src: str, files: dict[str, ET.Element]) -> tuple[bytes | None, str]:
    m = _DATA_URI.match(src.strip())
    if m:
        raw = m.group(3)
        data = _decode(raw) if m.group(2) else urllib.parse.unquote_to_bytes(raw)
        return data, f"inline {m.group(1) or 'data'}"
    if src.startswith("@@PLUGINFILE@@/"):
        name = urllib.parse.unquote(src[len("@@PLUGINFILE@@/"):].split("?")[0])
        f = files.get(name)
        return (_decode(f.text or "") if f is not None and f.get("encoding", "base64") == "base64" else None), name
    return None, src[:80]
