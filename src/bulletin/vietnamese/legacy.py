"""Text pasted from documents typed in legacy Vietnamese encodings (TCVN3/ABC, VNI).

Such text arrives as mojibake, e.g. "Céng hßa X· héi" (TCVN3) or "Coäng hoøa Xaõ hoäi"
(VNI) for "Cộng hòa Xã hội". Python has no codec for these encodings, so we do not
try to convert; we recognise the characters Vietnamese Unicode never uses and tell
the editor how to fix the text.
"""

from __future__ import annotations

# Latin-1 characters that are not Vietnamese letters but are what TCVN3 and VNI bytes
# turn into when read as Windows-1252 / Latin-1.
_FOREIGN = set("ßµ¶·¸¹º»¼½¾¿¡¢£¤¥¦§¨©ª«¬®¯°±²³´ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞåæçëîïñöøûüþÿ")
# VNI writes a letter then a mark byte; these pairs are its most common tell-tales.
_VNI_PAIRS = ("aø", "aù", "aû", "aõ", "aï", "eâ", "oä", "oà", "oø", "uø", "öø", "ôø", "aê", "aá", "eá", "oá")


def looks_legacy(text: str) -> bool:
    """True when `text` shows two or more marks of TCVN3/VNI mojibake."""
    if text.isascii() or _FOREIGN.isdisjoint(text):
        return False
    foreign = sum(1 for c in text if c in _FOREIGN)
    if foreign >= 2:
        return True
    lowered = text.lower()
    return foreign >= 1 and any(pair in lowered for pair in _VNI_PAIRS)


HINT = (
    "chữ có vẻ bị lỗi bảng mã (dán từ văn bản dùng phông TCVN3/ABC hoặc VNI, ví dụ "
    "'Céng hßa' thay cho 'Cộng hòa'); hãy chuyển văn bản gốc sang Unicode (Unikey: "
    "Công cụ chuyển mã, nguồn TCVN3 hoặc VNI, đích Unicode) rồi dán lại"
)
