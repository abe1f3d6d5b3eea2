"""The openings of every `boilerplate.WIDGETS` phrase, for a test cheaper than the regex.

A line fullmatches a WIDGETS pattern only if its first `HEAD_LEN` characters, when they are
ASCII, lower-cased and with every digit written as 0, start with one of `WIDGET_HEADS`
(`boilerplate.may_be_widget`). The table is derived from the patterns (the parse tree's
literal openings, cut at a position that allows many characters); tests/split/test_widget_heads.py
derives it again and fails when WIDGETS changes without it.
"""

from __future__ import annotations

from typing import Final

HEAD_LEN: Final = 8
DIGITS_AS_ZERO: Final = str.maketrans("123456789", "000000000")
WIDGET_HEADS: Final = (
    "#0", "(c)", "00:00", "0:00", "abbonati", "abone ol", "abonnez-", "accept a", "accept c",
    "accepter", "accetta ", "aceitar ", "aceptar ", "advertis", "alle akz", "anzeige", "articles",
    "articoli", "assine", "auch int", "ayrica b", "ayrica o", "back to ", "benzer h", "bizi tak",
    "bottom", "bu site ", "bu sited", "bu sitem", "bu web s", "bu websi", "by conti", "by signi",
    "ce site ", "click to", "close", "comment", "communit", "comparti", "condivid", "continua",
    "continue", "cookies ", "copy lin", "copyrigh", "daha faz", "devamini", "diese se",
    "diese we", "drucken", "editor's", "editors ", "email", "este sit", "follow u", "get shor",
    "haberin ", "home", "ilgili h", "imprimer", "imprimir", "inscreva", "inscrive", "iscrivit",
    "jetzt ab", "latest n", "leggi an", "leggi tu", "leia mai", "lesen si", "like", "lire aus",
    "lire la ", "lire plu", "listen l", "load mor", "manage a", "manage c", "mehr daz",
    "mehr zum", "menu", "more fro", "more sto", "most pop", "most rea", "most vie", "newslett",
    "noticias", "notizie ", "nous uti", "our stan", "partager", "partilha", "pause", "per appr",
    "permalin", "play", "post by ", "print", "privacy ", "pubblici", "publicid", "publicit",
    "questo s", "quote", "re: ", "read ful", "read mor", "recommen", "redistri", "reklam",
    "related", "reply", "report", "reproduc", "republic", "saiba ma", "search", "share",
    "show mor", "skip to ", "source: ", "sponsore", "stampa", "subscrib", "sur le m", "te puede",
    "teilen", "terms an", "terms of", "the arti", "the cont", "the mate", "the stor", "this art",
    "this con", "this mat", "this sto", "top", "trending", "tweet", "usamos c", "users wh",
    "utilizam", "utilizzi", "veja mai", "verwandt", "voir aus", "we use c", "we use y",
    "weiterle", "werbung", "what's n", "wir verw", "you may ", "you must",
)  # fmt: skip
