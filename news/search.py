"""Words as Kazakhstan types them: folding, Latin-typed queries and word forms, the same for the index and the query.

Every word of an article and of a query becomes a *key*: the word folded (case, ё = е, each Kazakh letter = the
Russian-keyboard letter typed for it: ә~а ғ~г қ~к ң~н ө~о ұ~у ү~у һ~х і~и) and cut to its stem by the rules of the
text's language (Kazakh suffixes, Russian and English Snowball stemmers). An article matches when each word of the
query shares a key with one of its words. A query word may have several keys: a Cyrillic word is stemmed as Kazakh
and as Russian (the reader may type either), and a Latin-typed word is also spelled in Cyrillic in the ways people
write it (our slug scheme and the everyday ones, LATIN_TO_CYRILLIC below, documented in docs/search.md).

The index (news/search_schema.py) stores each article's keys per reader language; titles' and leads' keys are also
stored with a marker (TITLE, LEAD), so that title and lead matches can be found and ranked first.
"""

import functools
import itertools
import re
import threading
import unicodedata

import Stemmer

# Word caches: a word is read and stemmed once per process. Sized for a news site's vocabulary in three languages.
CACHED_WORDS = 50_000

# --- Folding ------------------------------------------------------------------------------------------------------

KAZAKH_LETTERS = "әғқңөұүһі"
# Each Kazakh letter as typed on a Russian keyboard; ё and э as е. The soft and hard signs are dropped from the
# keys (KEY_FOLD, after stemming: Russian endings need them), since a Latin spelling cannot say where they were.
CYRILLIC_FOLD = str.maketrans("ёэәғқңөұүһі", "ееагкноуухи")
KEY_FOLD = str.maketrans({"ь": None, "ъ": None})
# Apostrophes inside a word join it ("Qazaq’stan" → qazaqstan); dashes, quotes and other marks separate words.
APOSTROPHES = str.maketrans(dict.fromkeys("'’ʼʻ`´", None))
# Latin look-alikes typed inside a Cyrillic word ("Kарaганды" with a Latin K and a, "ерiктi" with a Latin i, as
# keyboards without Kazakh letters make people type): read as the Cyrillic letters they look like.
HOMOGLYPHS = str.maketrans("aceiopxykmthb", "асеіорхукмтнв")

WORD = re.compile(r"[^\W_]+(?:['’ʼʻ`´][^\W_]+)*")
CYRILLIC = re.compile(r"[а-яё" + KAZAKH_LETTERS + "]")
LATIN_LETTER = re.compile(r"[a-z]")
LATIN = "a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # with the accented letters of Latin alphabets
# Words are runs of Cyrillic or of Latin letters, or of digits; other scripts are not searched (our texts have none).
SCRIPT_RUNS = re.compile(r"[а-яё" + KAZAKH_LETTERS + r"]+|[" + LATIN + r"]+|\d+")


def words(text):
    """(start, end, word) of each word of `text`, casefolded: letters of one script, or digits. start and end are
    positions in `text`, for highlighting."""
    for match in WORD.finditer(text):
        offset = match.start()
        for start, end, word in analysed(match.group()):
            yield offset + start, offset + end, word


@functools.lru_cache(maxsize=CACHED_WORDS)
def analysed(token):
    """The words of one token of text (see words()), with positions in the token."""
    folded = token.casefold().replace("i\u0307", "i").translate(APOSTROPHES)  # İ casefolds to i + a dot
    if CYRILLIC.search(folded) and LATIN_LETTER.search(folded):
        folded = folded.translate(HOMOGLYPHS)
    if len(folded) != len(token):  # positions moved: each word gets the whole token
        return tuple((0, len(token), run.group()) for run in SCRIPT_RUNS.finditer(folded))
    return tuple((run.start(), run.end(), run.group()) for run in SCRIPT_RUNS.finditer(folded))


def strip_accents(word):
    """Latin letters without their accents (é → e); Cyrillic is left alone (й must not become и)."""
    if word.isascii():
        return word
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


# --- Word forms ---------------------------------------------------------------------------------------------------

RUSSIAN = Stemmer.Stemmer("russian")
ENGLISH = Stemmer.Stemmer("english")
STEMMING = threading.Lock()  # a Stemmer object is not safe to share between threads (runserver has several)

# Kazakh endings, folded as the words are (і → и, ң → н, ғ → г, қ → к...), each with the sounds it follows: a
# Kazakh suffix takes its first consonant from the end of the word (адам-дар, қала-лар, мектеп-тер), which tells a
# real ending from a stem that merely ends like one (волонтер is not волон + тер). Nouns take plural, possessive and
# case endings, and a few derivational suffixes are common in news; they are cut one by one from the end. Verb
# endings and the rare possessives of "my" and "your" (-м, -ң) are left alone: cutting them would fold unrelated
# words together.
VOWELS = "аеиоуыэюя"
AFTER_VOWEL_OR_R = VOWELS + "рй"
VOICED = "лмнзж"
VOICELESS = "бвгдкпстфхцчшщ"
CONSONANTS = "рй" + VOICED + VOICELESS
ANY = VOWELS + CONSONANTS
KAZAKH_ENDINGS = {
    # plural; -лық "-ness"
    **dict.fromkeys("лар лер лык лик".split(), AFTER_VOWEL_OR_R),
    **dict.fromkeys("дар дер дык дик".split(), VOICED),
    **dict.fromkeys("тар тер тык тик".split(), VOICELESS),
    # possessive: his/her/its, our, your (polite)
    **dict.fromkeys("ы и ымыз имиз ыныз иниз".split(), CONSONANTS),
    **dict.fromkeys("сы си мыз миз ныз низ".split(), VOWELS),
    # genitive, accusative
    **dict.fromkeys("нын нин".split(), VOWELS + "мн"),
    **dict.fromkeys("ны ни".split(), VOWELS),
    **dict.fromkeys("дын дин".split(), "жзлрй"),
    **dict.fromkeys("ды ди".split(), VOICED + "рй"),
    **dict.fromkeys("тын тин ты ти".split(), VOICELESS),
    # dative, locative, ablative, -дағы "which is in"; the н- forms follow a possessive (-ы, -і, -сы, -сі)
    **dict.fromkeys("га ге да де дагы деги".split(), VOWELS + "рй" + VOICED),
    **dict.fromkeys("дан ден".split(), VOWELS + "жзлрй"),
    **dict.fromkeys("ка ке та те тан тен тагы теги".split(), VOICELESS),
    **dict.fromkeys("на не нда нде ндагы ндеги".split(), "ыи"),
    **dict.fromkeys("нан нен".split(), "ыимн"),
    # instrumental
    **dict.fromkeys("мен менен".split(), VOWELS + "рйлмн"),
    **dict.fromkeys("бен бенен".split(), "жз"),
    **dict.fromkeys("пен пенен".split(), VOICELESS),
    # -шы "-er", -сыз "without"
    **dict.fromkeys("шы ши сыз сиз".split(), ANY),
}
KAZAKH_SUFFIXES = sorted(KAZAKH_ENDINGS, key=lambda suffix: (-len(suffix), suffix))
KAZAKH_STEM_LENGTH = 2


@functools.lru_cache(maxsize=CACHED_WORDS)
def kazakh_stem(word):
    """The stem of a folded Kazakh word: endings cut from the end while a stem of 2 letters with a vowel is left
    ("еріктілерге" → ериктилерге → ериктилер → ерикти → ерик; "Қарағандыда" → карагандыда → караганды → караган)."""
    for _ending in range(5):
        for suffix in KAZAKH_SUFFIXES:
            stem = word[: -len(suffix)]
            if (
                word.endswith(suffix)
                and len(stem) >= KAZAKH_STEM_LENGTH
                and stem[-1] in KAZAKH_ENDINGS[suffix]
                and any(letter in VOWELS for letter in stem)
            ):
                word = stem
                break
        else:
            break
    return word


@functools.lru_cache(maxsize=CACHED_WORDS)
def russian_stem(word):
    with STEMMING:
        return RUSSIAN.stemWord(word)


@functools.lru_cache(maxsize=CACHED_WORDS)
def english_stem(word):
    with STEMMING:
        return ENGLISH.stemWord(word)


def as_key(stem):
    return stem.translate(KEY_FOLD)


# Words too common to mean anything in a search, folded: conjunctions, postpositions, particles, prepositions.
STOP_WORDS = frozenset(
    """
    жане мен бен пен да де та те ушин бул осы сол ол туралы аркылы бойынша дейин кейин емес еди ма ме ба бе па пе
    гой гана
    и в во на с со к ко о об обо от до по из у за для не ни но а или что как это то же ли бы при про под над без
    a an the and or of in on at to for with by from is are was were be as it its this that
    """.split()
)


@functools.lru_cache(maxsize=CACHED_WORDS)
def text_key(word, language):
    """The key of a word of an article written in `language`; None for a stop word."""
    if word.isdigit():
        return word
    if not CYRILLIC.search(word):
        plain = strip_accents(word)
        return None if plain in STOP_WORDS else english_stem(plain)
    folded = word.translate(CYRILLIC_FOLD)
    if folded in STOP_WORDS:
        return None
    if language == "kk" or any(letter in KAZAKH_LETTERS for letter in word):
        return as_key(kazakh_stem(folded))
    return as_key(russian_stem(folded))


@functools.lru_cache(maxsize=10_000)
def query_keys(word):
    """Every key a query word may stand for: Kazakh and Russian stems of a Cyrillic word (the reader may mean
    either), and for a Latin word its English stem and the stems of its Cyrillic spellings."""
    if word.isdigit():
        return frozenset({word})
    if CYRILLIC.search(word):
        folded = word.translate(CYRILLIC_FOLD)
        if folded in STOP_WORDS:
            return frozenset()
        if any(letter in KAZAKH_LETTERS for letter in word):
            return frozenset({as_key(kazakh_stem(folded))})
        return frozenset({as_key(kazakh_stem(folded)), as_key(russian_stem(folded))})
    plain = strip_accents(word)
    if plain in STOP_WORDS:
        return frozenset()
    keys = {english_stem(plain)}
    for spelling in cyrillic_spellings(word):
        if spelling not in STOP_WORDS:
            keys.update({as_key(kazakh_stem(spelling)), as_key(russian_stem(spelling))})
    return frozenset(keys)


# --- Latin-typed words --------------------------------------------------------------------------------------------

# How people in Kazakhstan write Cyrillic letters in Latin ones, and the letters each may stand for: our slug
# scheme (news/slugs.py: қ q, ғ gh, ң ng, х kh, ы y...), the everyday and passport spellings (k, g, kh, ya, yu,
# ts...), the Kazakh Latin alphabets of 2018 (á ǵ ń ó ú ý) and 2021 (ä ğ ñ ö ü ū ş ç ı), and Russian-style ones (j, x,
# w). Longest match first; the first reading of each is the likeliest. docs/search.md shows this table.
LATIN_TO_CYRILLIC = {
    "shch": ("щ",),
    "sch": ("щ", "сч"),
    "zh": ("ж",),
    "kh": ("х", "қ"),
    "gh": ("ғ",),
    "ch": ("ч",),
    "sh": ("ш",),
    "ts": ("ц", "тс"),
    "tc": ("ц",),
    "ya": ("я",),
    "ia": ("ия", "я", "иа"),
    "ja": ("я", "жа"),
    "yu": ("ю",),
    "iu": ("ю", "иу"),
    "ju": ("ю", "жу"),
    "yo": ("ё", "йо"),
    "ye": ("е", "йе"),
    "ng": ("ң", "нг"),
    "a": ("а", "ә"),
    "á": ("ә",),
    "ä": ("ә",),
    "b": ("б",),
    "c": ("ц", "к", "с"),
    "ç": ("ч",),
    "d": ("д",),
    "e": ("е", "э"),
    "é": ("е",),
    "f": ("ф",),
    "g": ("г", "ғ"),
    "ǵ": ("ғ",),
    "ğ": ("ғ",),
    "h": ("х", "һ"),
    "i": ("и", "і"),
    "ı": ("ы", "і"),
    "j": ("ж", "й"),
    "k": ("к", "қ"),
    "l": ("л",),
    "m": ("м",),
    "n": ("н", "ң"),
    "ń": ("ң",),
    "ñ": ("ң",),
    "o": ("о", "ө"),
    "ó": ("ө",),
    "ö": ("ө",),
    "p": ("п",),
    "q": ("қ",),
    "r": ("р",),
    "s": ("с",),
    "ş": ("ш",),
    "t": ("т",),
    "u": ("у", "ұ", "ү"),
    "ú": ("ү",),
    "ü": ("ү",),
    "ū": ("у",),
    "v": ("в",),
    "w": ("у", "в"),
    "x": ("х", "кс"),
    "y": ("ы",),
    "ý": ("у",),
    "z": ("з",),
}
LATIN_VOWELS = set("aeiouyáäéıóöúüūý")
LONGEST_LATIN = max(map(len, LATIN_TO_CYRILLIC))
MAX_SPELLINGS = 24


def latin_units(word):
    """The word cut into the table's letters and letter groups, longest first; characters the table does not know
    are read without their accents."""
    position = 0
    while position < len(word):
        for length in range(LONGEST_LATIN, 0, -1):
            unit = word[position : position + length]
            if unit in LATIN_TO_CYRILLIC:
                yield unit
                position += length
                break
        else:
            plain = strip_accents(word[position])
            yield plain if plain in LATIN_TO_CYRILLIC else ""
            position += 1


def readings(unit, before):
    """The folded Cyrillic readings of one unit (ә and а are one reading); y and i after a vowel may also be й
    (Nurlybay, Aidos)."""
    options = LATIN_TO_CYRILLIC.get(unit, ("",))
    if unit in {"y", "i"} and before and before[-1] in LATIN_VOWELS:
        options = (*options, "й")
    return tuple(dict.fromkeys(option.translate(CYRILLIC_FOLD) for option in options))


@functools.lru_cache(maxsize=10_000)
def cyrillic_spellings(word):
    """The folded Cyrillic words a Latin-typed word may stand for, likeliest first (at most MAX_SPELLINGS)."""
    units = list(latin_units(word))
    choices = [readings(unit, units[index - 1] if index else "") for index, unit in enumerate(units)]
    spellings = ["".join(parts) for parts in itertools.islice(itertools.product(*choices), MAX_SPELLINGS)]
    return tuple(dict.fromkeys(spellings))


# --- Documents and queries ----------------------------------------------------------------------------------------

MAX_KEY_LENGTH = 60  # longer "words" are not words, and PostgreSQL limits the length of a lexeme
TITLE = "τ"  # Greek letters: never part of a key, since words are Cyrillic, Latin or digits
LEAD = "λ"


def document(title, lead, body):
    """The index entry of one article for one reader: each of (text, language) of title, lead and plain-text body
    becomes its keys; title keys are added with TITLE and LEAD markers, lead keys with LEAD."""
    keys = {}
    for part, markers in ((title, (TITLE, LEAD)), (lead, (LEAD,)), (body, ())):
        text, language = part
        for token in WORD.findall(text):
            for key in token_keys(token, language):
                keys[key] = None
                for marker in markers:
                    keys[marker + key] = None
    return " ".join(keys)


@functools.lru_cache(maxsize=CACHED_WORDS)
def token_keys(token, language):
    """The keys of the words of one token of text in `language`, stop words left out."""
    keys = (text_key(word, language) for _start, _end, word in analysed(token))
    return tuple(key for key in keys if key and len(key) <= MAX_KEY_LENGTH)


# The site's subject in its three languages: a reader who types one word finds articles that use another
# (ерікті, волонтёр, волонтёрство, volunteer).
SYNONYMS = [frozenset({"ерик", "волонтер", "волонтерств", "volunt"})]


class Query:
    """A reader's query: for each of its words, the keys that word may stand for."""

    MAX_WORDS = 8

    def __init__(self, text):
        self.text = text
        self.words = []
        for _start, _end, word in words(text):
            keys = query_keys(word)
            for group in SYNONYMS:
                if keys & group:
                    keys |= group
            if keys and keys not in self.words:
                self.words.append(keys)
        self.words = self.words[: self.MAX_WORDS]
        self.keys = frozenset().union(*self.words)

    def __bool__(self):
        return bool(self.words)

    def terms(self, marker=""):
        """For each word, its keys with the marker: what one tier of results must contain."""
        return [sorted(marker + key for key in keys) for keys in self.words]

    def matches(self, word, language):
        """Whether a word of text in `language` is one the query asked for (for highlighting)."""
        return text_key(word, language) in self.keys
