#!/usr/bin/env python3
"""Regenerates functions/api/src/main/resources/fonts/YixinReportSans-Regular.ttf, the CJK font the credit report
(docs/disclosure.md) embeds: a subset of Noto Sans CJK SC Regular (SIL Open Font License 1.1, Debian package
fonts-noto-cjk, /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc) converted from CFF to TrueType outlines,
because PDFBox embeds (and subsets again, per document) TrueType fonts only.

Characters: ASCII, Latin-1 punctuation, general and CJK punctuation, full-width forms, every GB 2312 hanzi
(levels 1 and 2, 6,763) and every hanzi of tenants/*.yaml, the Java sources and the seeds that GB 2312 lacks.
Under the OFL a modified font may not keep the Reserved Font Name, hence "Yixin Report Sans".

Run from the repository root:  apt-get install fonts-noto-cjk && pip install fonttools && bin/make-report-font.py
"""
import glob
import os

from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
OUT = "functions/api/src/main/resources/fonts/YixinReportSans-Regular.ttf"
FAMILY = "Yixin Report Sans"


def characters():
    chars = set(chr(c) for c in range(0x20, 0x7F))
    chars |= set(chr(c) for c in range(0xA0, 0x100))
    for lo, hi in ((0x2010, 0x2027), (0x2030, 0x203B), (0x2190, 0x2193), (0x2460, 0x2473), (0x25A0, 0x25CF),
                   (0x3000, 0x3020), (0xFF01, 0xFF5F), (0x2160, 0x216B)):
        chars |= set(chr(c) for c in range(lo, hi + 1))
    chars.add("\u00d7")
    for b1 in range(0xB0, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    files = glob.glob("tenants/*.yaml") + glob.glob("functions/**/*.java", recursive=True) \
        + glob.glob("/work/shared/seeds/*.txt")
    for f in files:
        try:
            text = open(f, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError):
            continue
        chars |= {c for c in text if "\u4e00" <= c <= "\u9fff"}
    return chars


def sc_font():
    for font in TTCollection(SOURCE).fonts:
        if any(n.nameID == 1 and "CJK SC" in n.toUnicode() for n in font["name"].names):
            return font
    raise SystemExit("Noto Sans CJK SC not found in " + SOURCE)


def to_truetype(font):
    """CFF outlines to quadratic glyf (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = table = newTable("glyf")
    table.glyphOrder = order
    table.glyphs = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def rename(font):
    for n in font["name"].names:
        if n.nameID in (1, 16):
            n.string = FAMILY
        elif n.nameID == 3:
            n.string = FAMILY + " Regular; subset of Noto Sans CJK SC"
        elif n.nameID == 4:
            n.string = FAMILY + " Regular"
        elif n.nameID == 6:
            n.string = "YixinReportSans-Regular"


def main():
    font = sc_font()
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14, 16, 17]
    opts.notdef_outline = True
    opts.hinting = False
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(characters())))
    sub.subset(font)
    to_truetype(font)
    rename(font)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    font.save(OUT)
    print(OUT, os.path.getsize(OUT), "bytes,", len(font.getBestCmap()), "characters")


if __name__ == "__main__":
    main()
