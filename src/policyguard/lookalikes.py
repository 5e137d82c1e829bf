"""Characters people type in place of letters to dodge a filter ("5h1t", "k!ll", "f*ck").

One table for every reader of free text (abuse screening, search terms), so that they
cannot drift apart. Each swap is one character for one, so offsets into the original
text stay valid after ``text.translate(LOOKALIKES)``. A leaf module: it imports nothing.
"""

from __future__ import annotations

LOOKALIKES = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "i",
        "+": "t",
        "*": "u",
    }
)
