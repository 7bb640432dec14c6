/* Optional C versions of hot pure-Python functions of kabar.extract and kabar.language (built by setup.py when a
 * compiler is at hand; kabar falls back to the Python functions otherwise, and tests/extract/test_speedups.py checks
 * both give the same results). Hand-written because the Python versions were already tuned: what was left of their
 * cost was the interpreter stepping through every word of a line, or re scanning a ~170 KB page once per question.
 *
 * normalise(text)                     features.normalise: " ".join(WORD.findall(text.lower()))
 * needle_table(groups), line_facts    features.text_features' word count, digit and substring gates of a line
 * word_table(words), known_words      language.detect_language's function-word counts
 * tag_marks(html)                     html: list openings, "+json", "datePublished" and "<time" of a page, one pass
 * head_tags(html, limit)              html: the head's <meta> and <link> tags and where it ends
 * meta_key_content(attributes)        html: the key and content of a <meta> tag
 *
 * normalise reads kabar.extract.features.WORD, r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+", as Python's re reads it on str
 * patterns: \w is a character for which str.isalnum() holds, or "_"; \d one for which str.isdecimal() holds.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* [^\W\d_]: a word character that is neither a decimal digit nor "_" (letters, and digits such as "²" or "½" that
 * are not decimal) */
static inline int
is_letter(Py_UCS4 ch)
{
    if (ch < 128) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
    return Py_UNICODE_ISALNUM(ch) && !Py_UNICODE_ISDECIMAL(ch);
}

/* \d */
static inline int
is_decimal(Py_UCS4 ch)
{
    if (ch < 128) {
        return ch >= '0' && ch <= '9';
    }
    return Py_UNICODE_ISDECIMAL(ch);
}

/* the characters that join two letter runs into one word: ' ’ - */
static inline int
is_joiner(Py_UCS4 ch)
{
    return ch == '\'' || ch == 0x2019 || ch == '-';
}

/* The tokens of WORD in text[0:n], written to out joined by spaces; returns the length written. One function per
 * width of str's characters (no switch on the width for every character read). */
#define DEFINE_SCAN(NAME, CHAR, OUT)                                                                                  \
    static Py_ssize_t NAME(const CHAR *text, Py_ssize_t n, CHAR *out)                                           \
    {                                                                                                           \
        Py_ssize_t i = 0, length = 0;                                                                           \
        while (i < n) {                                                                                         \
            if (is_letter(text[i])) {                                                                           \
                if (length > 0) {                                                                               \
                    out[length++] = ' ';                                                                        \
                }                                                                                               \
                do {                                                                                            \
                    out[length++] = OUT(text[i]); i++;                                                                  \
                } while (i < n && is_letter(text[i]));                                                          \
                /* (?:['’-][^\W\d_]+)*: a joiner counts only with a letter after it */                          \
                while (i + 1 < n && is_joiner(text[i]) && is_letter(text[i + 1])) {                             \
                    out[length++] = OUT(text[i]); i++;                                                                  \
                    do {                                                                                        \
                        out[length++] = OUT(text[i]); i++;                                                              \
                    } while (i < n && is_letter(text[i]));                                                      \
                }                                                                                               \
            }                                                                                                   \
            else if (is_decimal(text[i])) {                                                                     \
                if (length > 0) {                                                                               \
                    out[length++] = ' ';                                                                        \
                }                                                                                               \
                do {                                                                                            \
                    out[length++] = OUT(text[i]); i++;                                                                  \
                } while (i < n && is_decimal(text[i]));                                                         \
            }                                                                                                   \
            else {                                                                                              \
                i++;                                                                                            \
            }                                                                                                   \
        }                                                                                                       \
        return length;                                                                                          \
    }

#define AS_IS(ch) (ch)
#define ASCII_LOWER(ch) ((ch) >= 'A' && (ch) <= 'Z' ? (ch) + ('a' - 'A') : (ch))

DEFINE_SCAN(scan_ucs1, Py_UCS1, AS_IS)
DEFINE_SCAN(scan_ucs2, Py_UCS2, AS_IS)
DEFINE_SCAN(scan_ucs4, Py_UCS4, AS_IS)
DEFINE_SCAN(scan_ascii_lowering, Py_UCS1, ASCII_LOWER) /* an ASCII text lower-cases one character at a time */

static PyObject *lower_name;

static PyObject *
normalise(PyObject *module, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "normalise() argument must be str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (PyUnicode_IS_ASCII(text)) {
        const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        Py_UCS1 *out = PyMem_Malloc((size_t)(2 * n + 1));
        if (out == NULL) {
            return PyErr_NoMemory();
        }
        const Py_ssize_t length = scan_ascii_lowering(PyUnicode_1BYTE_DATA(text), n, out);
        PyObject *result = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, out, length);
        PyMem_Free(out);
        return result;
    }
    /* str.lower() first: some characters lower-case to two ("İ") or by their neighbours (a final "Σ") */
    PyObject *lower = PyObject_CallMethodNoArgs(text, lower_name);
    if (lower == NULL) {
        return NULL;
    }
    const int kind = PyUnicode_KIND(lower);
    const void *data = PyUnicode_DATA(lower);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(lower);
    /* each token is one character or more and at most one space follows it: the output is at most twice as long */
    char *out = PyMem_Malloc((size_t)(2 * n + 1) * (size_t)kind);
    if (out == NULL) {
        Py_DECREF(lower);
        return PyErr_NoMemory();
    }
    Py_ssize_t length;
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        length = scan_ucs1((const Py_UCS1 *)data, n, (Py_UCS1 *)out);
        break;
    case PyUnicode_2BYTE_KIND:
        length = scan_ucs2((const Py_UCS2 *)data, n, (Py_UCS2 *)out);
        break;
    default:
        length = scan_ucs4((const Py_UCS4 *)data, n, (Py_UCS4 *)out);
    }
    /* (FromKindAndData narrows the kind to the widest character kept, as every str must be) */
    PyObject *result = PyUnicode_FromKindAndData(kind, out, length);
    PyMem_Free(out);
    Py_DECREF(lower);
    return result;
}

/* line_facts(table, text): (len(text.split()), whether text holds a decimal digit, bits g set for each group g of
 * needle_table(groups) one of whose strings is a substring of text, as any(needle in text for needle in groups[g])
 * tells). One pass over a line for what text_features asks first (the gates before its costlier patterns tested a
 * dozen substrings one after the other, each a scan of the line). */
#define TABLE_CAPSULE "kabar.extract._speedups.needle_table"
#define MAX_NEEDLES 64
#define MAX_GROUPS 31
#define BUCKETS 128

typedef struct {
    Py_ssize_t count;
    Py_UCS4 *chars[MAX_NEEDLES];
    Py_ssize_t length[MAX_NEEDLES];
    int group[MAX_NEEDLES];
    int all_groups;
    /* a bit for the low 16 bits of each one-character needle, and one for the low 8 bits of the first two characters
     * of each longer needle: most characters of a line start none */
    unsigned char single[65536 / 8];
    unsigned char pair[65536 / 8];
    /* the needles by their first character's low 7 bits, as lists of indices ended by -1 */
    signed char bucket[BUCKETS][MAX_NEEDLES + 1];
} NeedleTable;

static void
free_table(PyObject *capsule)
{
    NeedleTable *table = PyCapsule_GetPointer(capsule, TABLE_CAPSULE);
    if (table == NULL) {
        PyErr_Clear();
        return;
    }
    for (Py_ssize_t k = 0; k < table->count; k++) {
        PyMem_Free(table->chars[k]);
    }
    PyMem_Free(table);
}

static PyObject *
needle_table(PyObject *module, PyObject *groups)
{
    if (!PyTuple_Check(groups) || PyTuple_GET_SIZE(groups) > MAX_GROUPS) {
        PyErr_SetString(PyExc_ValueError, "needle_table() takes a tuple of at most 31 tuples of non-empty str");
        return NULL;
    }
    NeedleTable *table = PyMem_Calloc(1, sizeof(NeedleTable));
    if (table == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *capsule = PyCapsule_New(table, TABLE_CAPSULE, free_table);
    if (capsule == NULL) {
        PyMem_Free(table);
        return NULL;
    }
    int filled[BUCKETS] = {0};
    for (Py_ssize_t g = 0; g < PyTuple_GET_SIZE(groups); g++) {
        PyObject *group = PyTuple_GET_ITEM(groups, g);
        if (!PyTuple_Check(group)) {
            PyErr_SetString(PyExc_ValueError, "needle_table() takes a tuple of at most 31 tuples of non-empty str");
            Py_DECREF(capsule);
            return NULL;
        }
        table->all_groups |= 1 << g;
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(group); k++) {
            PyObject *needle = PyTuple_GET_ITEM(group, k);
            if (!PyUnicode_Check(needle) || PyUnicode_GET_LENGTH(needle) == 0 || table->count == MAX_NEEDLES) {
                PyErr_SetString(PyExc_ValueError, "needle_table() takes at most 64 non-empty str in all");
                Py_DECREF(capsule);
                return NULL;
            }
            const Py_ssize_t at = table->count;
            table->chars[at] = PyUnicode_AsUCS4Copy(needle);
            if (table->chars[at] == NULL) {
                Py_DECREF(capsule);
                return NULL;
            }
            table->count++;
            table->length[at] = PyUnicode_GET_LENGTH(needle);
            table->group[at] = (int)g;
            const Py_UCS4 first = table->chars[at][0];
            if (table->length[at] == 1) {
                table->single[(first & 0xFFFF) >> 3] |= (unsigned char)(1 << (first & 7));
            }
            else {
                const unsigned pair = ((first & 0xFF) << 8) | (table->chars[at][1] & 0xFF);
                table->pair[pair >> 3] |= (unsigned char)(1 << (pair & 7));
            }
            table->bucket[first & (BUCKETS - 1)][filled[first & (BUCKETS - 1)]++] = (signed char)at;
        }
    }
    for (int b = 0; b < BUCKETS; b++) {
        table->bucket[b][filled[b]] = -1;
    }
    return capsule;
}

/* The line's whitespace-separated words (len(text.split())), whether it holds a decimal digit (re's \d), and the bits
 * of the table's groups one of whose strings it holds */
#define DEFINE_LINE_FACTS(NAME, CHAR)                                                                              \
    static void NAME(const NeedleTable *table, const CHAR *text, Py_ssize_t n, Py_ssize_t *words, int *digit,   \
                     int *groups)                                                                               \
    {                                                                                                           \
        int found = 0, in_word = 0, decimal = 0;                                                                \
        Py_ssize_t count = 0;                                                                                   \
        for (Py_ssize_t i = 0; i < n; i++) {                                                                    \
            const Py_UCS4 ch = text[i];                                                                         \
            if (Py_UNICODE_ISSPACE(ch)) {                                                                       \
                in_word = 0;                                                                                    \
            }                                                                                                   \
            else {                                                                                              \
                count += !in_word;                                                                              \
                in_word = 1;                                                                                    \
                if (!decimal) {                                                                                 \
                    decimal = ch < 128 ? (ch >= '0' && ch <= '9') : Py_UNICODE_ISDECIMAL(ch);                   \
                }                                                                                               \
            }                                                                                                   \
            const unsigned pair = i + 1 < n ? ((ch & 0xFF) << 8) | (text[i + 1] & 0xFF) : 0;                     \
            if (found == table->all_groups                                                                      \
                || (!(table->single[(ch & 0xFFFF) >> 3] & (1 << (ch & 7)))                                      \
                    && !(i + 1 < n && table->pair[pair >> 3] & (1 << (pair & 7))))) {                           \
                continue;                                                                                       \
            }                                                                                                   \
            for (const signed char *k = table->bucket[ch & (BUCKETS - 1)]; *k >= 0; k++) {                      \
                const Py_UCS4 *needle = table->chars[*k];                                                       \
                const Py_ssize_t m = table->length[*k];                                                         \
                if (needle[0] != ch || m > n - i || (found & (1 << table->group[*k]))) {                        \
                    continue;                                                                                   \
                }                                                                                               \
                Py_ssize_t j = 1;                                                                               \
                while (j < m && text[i + j] == needle[j]) {                                                     \
                    j++;                                                                                        \
                }                                                                                               \
                if (j == m) {                                                                                   \
                    found |= 1 << table->group[*k];                                                             \
                }                                                                                               \
            }                                                                                                   \
        }                                                                                                       \
        *words = count;                                                                                         \
        *digit = decimal;                                                                                       \
        *groups = found;                                                                                        \
    }

DEFINE_LINE_FACTS(line_facts_ucs1, Py_UCS1)
DEFINE_LINE_FACTS(line_facts_ucs2, Py_UCS2)
DEFINE_LINE_FACTS(line_facts_ucs4, Py_UCS4)

static PyObject *
line_facts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "line_facts() takes a needle_table() and a str");
        return NULL;
    }
    const NeedleTable *table = PyCapsule_GetPointer(args[0], TABLE_CAPSULE);
    if (table == NULL) {
        return NULL;
    }
    PyObject *text = args[1];
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t words;
    int digit, groups;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        line_facts_ucs1(table, data, n, &words, &digit, &groups);
        break;
    case PyUnicode_2BYTE_KIND:
        line_facts_ucs2(table, data, n, &words, &digit, &groups);
        break;
    default:
        line_facts_ucs4(table, data, n, &words, &digit, &groups);
    }
    return Py_BuildValue("(nOi)", words, digit ? Py_True : Py_False, groups);
}

/* word_table(words) and known_words(table, text, max_words): the words of text split at whitespace and at ' ’ -, digit
 * runs left out, up to max_words of them, read as kabar.language reads the normalised lines; returns ({word of the
 * table: times it is among them}, how many words were read). kabar.language counts its function words so: making a
 * str of each of the 400 words only to look it up cost more than the rest of detect_language. */
#define WORDS_CAPSULE "kabar.extract._speedups.word_table"

typedef struct {
    Py_ssize_t count;
    size_t mask;        /* slots - 1, slots a power of two at least twice count */
    Py_ssize_t *slot;   /* index of the word in each slot, -1 for none */
    uint64_t *hash;
    Py_ssize_t *length;
    Py_UCS4 **chars;
    PyObject **word;    /* the str of each word (a reference held by the table) */
} WordTable;

static inline uint64_t
fnv_step(uint64_t hash, Py_UCS4 ch)
{
    return (hash ^ ch) * 1099511628211ULL;
}
#define FNV_START 14695981039346656037ULL

static void
free_words(PyObject *capsule)
{
    WordTable *table = PyCapsule_GetPointer(capsule, WORDS_CAPSULE);
    if (table == NULL) {
        PyErr_Clear();
        return;
    }
    for (Py_ssize_t k = 0; k < table->count; k++) {
        PyMem_Free(table->chars[k]);
        Py_XDECREF(table->word[k]);
    }
    PyMem_Free(table->slot);
    PyMem_Free(table->hash);
    PyMem_Free(table->length);
    PyMem_Free(table->chars);
    PyMem_Free(table->word);
    PyMem_Free(table);
}

static PyObject *
word_table(PyObject *module, PyObject *words)
{
    if (!PyTuple_Check(words)) {
        PyErr_SetString(PyExc_TypeError, "word_table() takes a tuple of distinct non-empty str");
        return NULL;
    }
    const Py_ssize_t count = PyTuple_GET_SIZE(words);
    WordTable *table = PyMem_Calloc(1, sizeof(WordTable));
    if (table == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *capsule = PyCapsule_New(table, WORDS_CAPSULE, free_words);
    if (capsule == NULL) {
        PyMem_Free(table);
        return NULL;
    }
    size_t slots = 8;
    while (slots < 2 * (size_t)count) {
        slots *= 2;
    }
    table->mask = slots - 1;
    table->slot = PyMem_Malloc(slots * sizeof(Py_ssize_t));
    table->hash = PyMem_Calloc(count + 1, sizeof(uint64_t));
    table->length = PyMem_Calloc(count + 1, sizeof(Py_ssize_t));
    table->chars = PyMem_Calloc(count + 1, sizeof(Py_UCS4 *));
    table->word = PyMem_Calloc(count + 1, sizeof(PyObject *));
    if (!table->slot || !table->hash || !table->length || !table->chars || !table->word) {
        Py_DECREF(capsule);
        return PyErr_NoMemory();
    }
    for (size_t i = 0; i < slots; i++) {
        table->slot[i] = -1;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *word = PyTuple_GET_ITEM(words, k);
        if (!PyUnicode_Check(word) || PyUnicode_GET_LENGTH(word) == 0) {
            PyErr_SetString(PyExc_TypeError, "word_table() takes a tuple of distinct non-empty str");
            Py_DECREF(capsule);
            return NULL;
        }
        table->chars[k] = PyUnicode_AsUCS4Copy(word);
        if (table->chars[k] == NULL) {
            Py_DECREF(capsule);
            return NULL;
        }
        Py_INCREF(word);
        table->word[k] = word;
        table->count = k + 1;
        table->length[k] = PyUnicode_GET_LENGTH(word);
        uint64_t hash = FNV_START;
        for (Py_ssize_t j = 0; j < table->length[k]; j++) {
            hash = fnv_step(hash, table->chars[k][j]);
        }
        table->hash[k] = hash;
        size_t at = hash & table->mask;
        while (table->slot[at] >= 0) {
            const Py_ssize_t other = table->slot[at];
            if (table->hash[other] == hash && table->length[other] == table->length[k]
                && memcmp(table->chars[other], table->chars[k], table->length[k] * sizeof(Py_UCS4)) == 0) {
                PyErr_SetString(PyExc_ValueError, "word_table() takes a tuple of distinct non-empty str");
                Py_DECREF(capsule);
                return NULL;
            }
            at = (at + 1) & table->mask;
        }
        table->slot[at] = k;
    }
    return capsule;
}

/* the table's index of the word text[start:end] (hash already computed), -1 when it holds none */
#define DEFINE_FIND_WORD(NAME, CHAR)                                                                               \
    static Py_ssize_t NAME(const WordTable *table, const CHAR *text, Py_ssize_t start, Py_ssize_t end,          \
                           uint64_t hash)                                                                       \
    {                                                                                                           \
        for (size_t at = hash & table->mask; table->slot[at] >= 0; at = (at + 1) & table->mask) {               \
            const Py_ssize_t k = table->slot[at];                                                               \
            if (table->hash[k] != hash || table->length[k] != end - start) {                                    \
                continue;                                                                                       \
            }                                                                                                   \
            Py_ssize_t j = 0;                                                                                   \
            while (j < end - start && text[start + j] == table->chars[k][j]) {                                  \
                j++;                                                                                            \
            }                                                                                                   \
            if (j == end - start) {                                                                             \
                return k;                                                                                       \
            }                                                                                                   \
        }                                                                                                       \
        return -1;                                                                                              \
    }

/* counts[k] += each time word k is among the first max_words words; returns how many words were read */
#define DEFINE_COUNT_WORDS(NAME, FIND, CHAR)                                                                       \
    DEFINE_FIND_WORD(FIND, CHAR)                                                                                \
    static Py_ssize_t NAME(const WordTable *table, const CHAR *text, Py_ssize_t n, Py_ssize_t max_words,        \
                           Py_ssize_t *counts)                                                                  \
    {                                                                                                           \
        Py_ssize_t i = 0, read = 0;                                                                             \
        while (i < n && read < max_words) {                                                                     \
            while (i < n && (is_joiner(text[i]) || Py_UNICODE_ISSPACE(text[i]))) {                              \
                i++;                                                                                            \
            }                                                                                                   \
            const Py_ssize_t start = i;                                                                         \
            int decimal = 1;                                                                                    \
            uint64_t hash = FNV_START;                                                                          \
            while (i < n && !is_joiner(text[i]) && !Py_UNICODE_ISSPACE(text[i])) {                              \
                decimal = decimal && is_decimal(text[i]);                                                       \
                hash = fnv_step(hash, text[i]);                                                                 \
                i++;                                                                                            \
            }                                                                                                   \
            if (i > start && !decimal) {                                                                        \
                read++;                                                                                         \
                const Py_ssize_t k = FIND(table, text, start, i, hash);                                         \
                if (k >= 0) {                                                                                   \
                    counts[k]++;                                                                                \
                }                                                                                               \
            }                                                                                                   \
        }                                                                                                       \
        return read;                                                                                            \
    }

DEFINE_COUNT_WORDS(count_words_ucs1, find_word_ucs1, Py_UCS1)
DEFINE_COUNT_WORDS(count_words_ucs2, find_word_ucs2, Py_UCS2)
DEFINE_COUNT_WORDS(count_words_ucs4, find_word_ucs4, Py_UCS4)

static PyObject *
known_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[1]) || !PyLong_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "known_words() takes a word_table(), a str and an int");
        return NULL;
    }
    const WordTable *table = PyCapsule_GetPointer(args[0], WORDS_CAPSULE);
    if (table == NULL) {
        return NULL;
    }
    const Py_ssize_t max_words = PyLong_AsSsize_t(args[2]);
    if (max_words == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t *counts = PyMem_Calloc(table->count + 1, sizeof(Py_ssize_t));
    if (counts == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *text = args[1];
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t read;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        read = count_words_ucs1(table, data, n, max_words, counts);
        break;
    case PyUnicode_2BYTE_KIND:
        read = count_words_ucs2(table, data, n, max_words, counts);
        break;
    default:
        read = count_words_ucs4(table, data, n, max_words, counts);
    }
    PyObject *found = PyDict_New();
    for (Py_ssize_t k = 0; found != NULL && k < table->count; k++) {
        if (counts[k] > 0) {
            PyObject *times = PyLong_FromSsize_t(counts[k]);
            if (times == NULL || PyDict_SetItem(found, table->word[k], times) < 0) {
                Py_CLEAR(found);
            }
            Py_XDECREF(times);
        }
    }
    PyMem_Free(counts);
    if (found == NULL) {
        return NULL;
    }
    return Py_BuildValue("(Nn)", found, read);
}

/* tag_marks(html): ([where each "<ul" list opening starts], [where each "+json" starts], [where each "datePublished"
 * starts], [where each "<time" starts]), as the patterns r"<ul[\s>]" and r"\+json" (both IGNORECASE) of
 * kabar.extract.html and str.find find them: one pass over a ~170 KB page for the four, 16 characters at a time (the scans with re and str.find cost ~0.15 ms a
 * page). Under IGNORECASE "s" also matches "ſ" (U+017F); \s is str.isspace(). */
static inline int
is_ul_opening_at(Py_UCS4 u, Py_UCS4 l, Py_UCS4 after)
{
    return (u == 'u' || u == 'U') && (l == 'l' || l == 'L') && (after == '>' || Py_UNICODE_ISSPACE(after));
}

static inline int
is_json_at(Py_UCS4 j, Py_UCS4 s, Py_UCS4 o, Py_UCS4 n)
{
    return (j == 'j' || j == 'J') && (s == 's' || s == 'S' || s == 0x17F) && (o == 'o' || o == 'O')
           && (n == 'n' || n == 'N');
}

/* A bit for each of the 16 characters at text that is "<", "+" or "P" (SSE2 compares where the machine has them: every
 * x86-64; a plain loop elsewhere) */
#ifdef __SSE2__
#include <emmintrin.h>
static inline unsigned
marks_ucs1(const Py_UCS1 *text)
{
    const __m128i chars = _mm_loadu_si128((const __m128i *)text);
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chars, _mm_set1_epi8('<')), _mm_cmpeq_epi8(chars, _mm_set1_epi8('+'))),
                     _mm_cmpeq_epi8(chars, _mm_set1_epi8('P'))));
}

static inline unsigned
marks_ucs2(const Py_UCS2 *text)
{
    const __m128i low = _mm_loadu_si128((const __m128i *)text), high = _mm_loadu_si128((const __m128i *)(text + 8));
    const __m128i less = _mm_set1_epi16('<'), plus = _mm_set1_epi16('+'), p = _mm_set1_epi16('P');
    const __m128i low_found = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(low, less), _mm_cmpeq_epi16(low, plus)),
                                           _mm_cmpeq_epi16(low, p));
    const __m128i high_found = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(high, less), _mm_cmpeq_epi16(high, plus)),
                                            _mm_cmpeq_epi16(high, p));
    /* (each 16-bit lane is 0 or -1: packed to bytes, one bit per character) */
    return (unsigned)_mm_movemask_epi8(_mm_packs_epi16(low_found, high_found));
}
#else
#define MARKS_SCALAR(NAME, CHAR)                                                                                   \
    static inline unsigned NAME(const CHAR *text)                                                               \
    {                                                                                                           \
        unsigned marks = 0;                                                                                     \
        for (int j = 0; j < 16; j++) {                                                                          \
            marks |= (unsigned)((text[j] == '<') | (text[j] == '+') | (text[j] == 'P')) << j;                   \
        }                                                                                                       \
        return marks;                                                                                           \
    }
MARKS_SCALAR(marks_ucs1, Py_UCS1)
MARKS_SCALAR(marks_ucs2, Py_UCS2)
#endif

static inline unsigned
marks_ucs4(const Py_UCS4 *text)
{
    unsigned marks = 0;
    for (int j = 0; j < 16; j++) {
        marks |= (unsigned)((text[j] == '<') | (text[j] == '+') | (text[j] == 'P')) << j;
    }
    return marks;
}

/* appends where a list opening, a "+json", a "datePublished" (found at its "P") or a "<time" starts at i to the
 * list of its kind in found; -1 on a Python error */
#define DEFINE_MARK_AT(NAME, CHAR)                                                                                 \
    static inline int NAME(const CHAR *text, Py_ssize_t n, Py_ssize_t i, PyObject **found)                      \
    {                                                                                                           \
        static const char published[] = "datePublished";                                                        \
        PyObject *list = NULL;                                                                                  \
        Py_ssize_t start = i;                                                                                   \
        if (text[i] == '<' && i + 3 < n && is_ul_opening_at(text[i + 1], text[i + 2], text[i + 3])) {          \
            list = found[0];                                                                                    \
        }                                                                                                       \
        else if (text[i] == '<' && i + 4 < n && text[i + 1] == 't' && text[i + 2] == 'i' && text[i + 3] == 'm'   \
                 && text[i + 4] == 'e') {                                                                       \
            list = found[3];                                                                                    \
        }                                                                                                       \
        else if (text[i] == '+' && i + 4 < n && is_json_at(text[i + 1], text[i + 2], text[i + 3], text[i + 4])) { \
            list = found[1];                                                                                    \
        }                                                                                                       \
        else if (text[i] == 'P' && i >= 4 && i + 9 <= n) {                                                      \
            start = i - 4;                                                                                      \
            int j = 0;                                                                                          \
            while (j < 13 && text[start + j] == (CHAR)published[j]) {                                           \
                j++;                                                                                            \
            }                                                                                                   \
            if (j == 13) {                                                                                      \
                list = found[2];                                                                                \
            }                                                                                                   \
        }                                                                                                       \
        if (list == NULL) {                                                                                     \
            return 0;                                                                                           \
        }                                                                                                       \
        PyObject *at = PyLong_FromSsize_t(start);                                                               \
        const int failed = at == NULL || PyList_Append(list, at) < 0;                                           \
        Py_XDECREF(at);                                                                                         \
        return failed ? -1 : 0;                                                                                 \
    }

#define DEFINE_TAG_MARKS(NAME, CHAR, MARKS, MARK_AT)                                                               \
    DEFINE_MARK_AT(MARK_AT, CHAR)                                                                               \
    static int NAME(const CHAR *text, Py_ssize_t n, PyObject **found)                                           \
    {                                                                                                           \
        Py_ssize_t i = 0;                                                                                       \
        for (; i + 16 <= n; i += 16) {                                                                          \
            for (unsigned marks = MARKS(text + i); marks; marks &= marks - 1) {                                 \
                if (MARK_AT(text, n, i + __builtin_ctz(marks), found) < 0) {                                    \
                    return -1;                                                                                  \
                }                                                                                               \
            }                                                                                                   \
        }                                                                                                       \
        for (; i < n; i++) {                                                                                    \
            if (MARK_AT(text, n, i, found) < 0) {                                                               \
                return -1;                                                                                      \
            }                                                                                                   \
        }                                                                                                       \
        return 0;                                                                                               \
    }

DEFINE_TAG_MARKS(tag_marks_ucs1, Py_UCS1, marks_ucs1, mark_at_ucs1)
DEFINE_TAG_MARKS(tag_marks_ucs2, Py_UCS2, marks_ucs2, mark_at_ucs2)
DEFINE_TAG_MARKS(tag_marks_ucs4, Py_UCS4, marks_ucs4, mark_at_ucs4)

static PyObject *
tag_marks(PyObject *module, PyObject *html)
{
    if (!PyUnicode_Check(html)) {
        PyErr_Format(PyExc_TypeError, "tag_marks() argument must be str, not %.100s", Py_TYPE(html)->tp_name);
        return NULL;
    }
    PyObject *found[4] = {PyList_New(0), PyList_New(0), PyList_New(0), PyList_New(0)};
    int failed = found[0] == NULL || found[1] == NULL || found[2] == NULL || found[3] == NULL;
    if (!failed) {
        const void *data = PyUnicode_DATA(html);
        const Py_ssize_t n = PyUnicode_GET_LENGTH(html);
        switch (PyUnicode_KIND(html)) {
        case PyUnicode_1BYTE_KIND:
            failed = tag_marks_ucs1(data, n, found);
            break;
        case PyUnicode_2BYTE_KIND:
            failed = tag_marks_ucs2(data, n, found);
            break;
        default:
            failed = tag_marks_ucs4(data, n, found);
        }
    }
    if (failed) {
        Py_XDECREF(found[0]);
        Py_XDECREF(found[1]);
        Py_XDECREF(found[2]);
        Py_XDECREF(found[3]);
        return NULL;
    }
    return Py_BuildValue("(NNNN)", found[0], found[1], found[2], found[3]);
}

/* A bit for each of the 16 characters at text that is "<" */
#ifdef __SSE2__
static inline unsigned
lt_marks_ucs1(const Py_UCS1 *text)
{
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)text), _mm_set1_epi8('<')));
}

static inline unsigned
lt_marks_ucs2(const Py_UCS2 *text)
{
    const __m128i less = _mm_set1_epi16('<');
    return (unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *)text), less),
                                                       _mm_cmpeq_epi16(_mm_loadu_si128((const __m128i *)(text + 8)), less)));
}
#else
#define LT_MARKS_SCALAR(NAME, CHAR)                                                                                \
    static inline unsigned NAME(const CHAR *text)                                                               \
    {                                                                                                           \
        unsigned marks = 0;                                                                                     \
        for (int j = 0; j < 16; j++) {                                                                          \
            marks |= (unsigned)(text[j] == '<') << j;                                                           \
        }                                                                                                       \
        return marks;                                                                                           \
    }
LT_MARKS_SCALAR(lt_marks_ucs1, Py_UCS1)
LT_MARKS_SCALAR(lt_marks_ucs2, Py_UCS2)
#endif

static inline unsigned
lt_marks_ucs4(const Py_UCS4 *text)
{
    unsigned marks = 0;
    for (int j = 0; j < 16; j++) {
        marks |= (unsigned)(text[j] == '<') << j;
    }
    return marks;
}

/* head_tags(html, limit): kabar.extract.html's HEAD_TAG_OR_END scan, r"<(?:meta\b([^>]*)>|(link\b[^>]*>)|/head\s*>|body\b)"
 * (IGNORECASE) in C: (where the head ends or None, [the attributes of each <meta> before it], [(start, end) of each
 * <link> tag before it]); with no end found, only the tags ending by limit. None when a <meta> or <link> holds a "<"
 * (the caller then searches as it did). Under IGNORECASE "k" also matches "K" (U+212A), "i" "İ" and "ı". */
static inline int
is_word_char(Py_UCS4 ch)
{
    return ch == '_' || Py_UNICODE_ISALNUM(ch);
}

static inline int
same_letter(Py_UCS4 ch, char letter)
{
    if (ch == (Py_UCS4)letter || ch == (Py_UCS4)letter - ('a' - 'A')) {
        return 1;
    }
    return (letter == 'k' && ch == 0x212A) || (letter == 'i' && (ch == 0x130 || ch == 0x131));
}

#define DEFINE_HEAD_TAGS(NAME, CHAR, MARKS)                                                                        \
    static inline int NAME##_word_at(const CHAR *text, Py_ssize_t n, Py_ssize_t i, const char *word)             \
    {                                                                                                           \
        for (; *word; word++, i++) {                                                                            \
            if (i >= n || !same_letter(text[i], *word)) {                                                       \
                return 0;                                                                                       \
            }                                                                                                   \
        }                                                                                                       \
        return 1;                                                                                               \
    }                                                                                                           \
    /* the tag name at i + 1 and a word boundary after it */                                                    \
    static inline int NAME##_tag_at(const CHAR *text, Py_ssize_t n, Py_ssize_t i, const char *word)              \
    {                                                                                                           \
        const Py_ssize_t after = i + 1 + (Py_ssize_t)strlen(word);                                              \
        return NAME##_word_at(text, n, i + 1, word) && (after >= n || !is_word_char(text[after]));             \
    }                                                                                                           \
    /* 1 found the end (*end set), 0 no end, -1 a Python error, -2 a tag holding "<" */                         \
    static int NAME(const CHAR *text, Py_ssize_t n, PyObject *metas, PyObject *links, Py_ssize_t *end)          \
    {                                                                                                           \
        Py_ssize_t next_gt = -1; /* the first ">" at or after where it was last looked for, n for none */       \
        Py_ssize_t i = 0;                                                                                       \
        while (i < n) {                                                                                         \
            if (text[i] != '<') {                                                                               \
                if (i + 16 <= n && (i & 15) == 0) {                                                             \
                    const unsigned marks = MARKS(text + i);                                                     \
                    i = marks ? i + __builtin_ctz(marks) : i + 16;                                              \
                }                                                                                               \
                else {                                                                                          \
                    i++;                                                                                        \
                }                                                                                               \
                continue;                                                                                       \
            }                                                                                                   \
            const int meta = NAME##_tag_at(text, n, i, "meta"), link = !meta && NAME##_tag_at(text, n, i, "link"); \
            if (meta || link) {                                                                                 \
                const Py_ssize_t from = i + 5;                                                                  \
                if (next_gt < from && next_gt != n) {                                                           \
                    for (next_gt = from; next_gt < n && text[next_gt] != '>'; next_gt++) {                      \
                    }                                                                                           \
                }                                                                                               \
                if (next_gt < n) {                                                                              \
                    for (Py_ssize_t j = i + 1; j < next_gt; j++) {                                              \
                        if (text[j] == '<') {                                                                   \
                            return -2;                                                                          \
                        }                                                                                       \
                    }                                                                                           \
                    PyObject *found = meta ? PyUnicode_FromKindAndData(sizeof(CHAR), text + from, next_gt - from) \
                                           : Py_BuildValue("(nn)", i, next_gt + 1);                             \
                    if (found == NULL || PyList_Append(meta ? metas : links, found) < 0) {                      \
                        Py_XDECREF(found);                                                                      \
                        return -1;                                                                              \
                    }                                                                                           \
                    Py_DECREF(found);                                                                           \
                    /* (the end of each tag, to drop those past the limit when the head has no end) */          \
                    if (meta) {                                                                                 \
                        PyObject *stop = PyLong_FromSsize_t(next_gt + 1);                                       \
                        if (stop == NULL || PyList_Append(metas, stop) < 0) {                                   \
                            Py_XDECREF(stop);                                                                   \
                            return -1;                                                                          \
                        }                                                                                       \
                        Py_DECREF(stop);                                                                        \
                    }                                                                                           \
                    i = next_gt + 1;                                                                            \
                    continue;                                                                                   \
                }                                                                                               \
            }                                                                                                   \
            if (i + 1 < n && text[i + 1] == '/' && NAME##_word_at(text, n, i + 2, "head")) {                     \
                Py_ssize_t j = i + 6;                                                                           \
                while (j < n && Py_UNICODE_ISSPACE(text[j])) {                                                  \
                    j++;                                                                                        \
                }                                                                                               \
                if (j < n && text[j] == '>') {                                                                  \
                    *end = i;                                                                                   \
                    return 1;                                                                                   \
                }                                                                                               \
            }                                                                                                   \
            if (NAME##_tag_at(text, n, i, "body")) {                                                            \
                *end = i;                                                                                       \
                return 1;                                                                                       \
            }                                                                                                   \
            i++;                                                                                                \
        }                                                                                                       \
        return 0;                                                                                               \
    }

DEFINE_HEAD_TAGS(head_tags_ucs1, Py_UCS1, lt_marks_ucs1)
DEFINE_HEAD_TAGS(head_tags_ucs2, Py_UCS2, lt_marks_ucs2)
DEFINE_HEAD_TAGS(head_tags_ucs4, Py_UCS4, lt_marks_ucs4)

static PyObject *
head_tags(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyLong_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "head_tags() takes a str and an int");
        return NULL;
    }
    const Py_ssize_t limit = PyLong_AsSsize_t(args[1]);
    if (limit == -1 && PyErr_Occurred()) {
        return NULL;
    }
    PyObject *html = args[0];
    PyObject *found = PyList_New(0), *links = PyList_New(0);
    if (found == NULL || links == NULL) {
        Py_XDECREF(found);
        Py_XDECREF(links);
        return NULL;
    }
    const void *data = PyUnicode_DATA(html);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(html);
    Py_ssize_t end = -1;
    int outcome;
    switch (PyUnicode_KIND(html)) {
    case PyUnicode_1BYTE_KIND:
        outcome = head_tags_ucs1(data, n, found, links, &end);
        break;
    case PyUnicode_2BYTE_KIND:
        outcome = head_tags_ucs2(data, n, found, links, &end);
        break;
    default:
        outcome = head_tags_ucs4(data, n, found, links, &end);
    }
    if (outcome < 0) {
        Py_DECREF(found);
        Py_DECREF(links);
        if (outcome == -1) {
            return NULL;
        }
        Py_RETURN_NONE;
    }
    /* found holds each <meta>'s attributes followed by its end: kept when the head ends, else those ending by limit */
    PyObject *metas = PyList_New(0);
    for (Py_ssize_t k = 0; metas != NULL && k + 1 < PyList_GET_SIZE(found); k += 2) {
        if ((outcome == 1 || PyLong_AsSsize_t(PyList_GET_ITEM(found, k + 1)) <= limit)
            && PyList_Append(metas, PyList_GET_ITEM(found, k)) < 0) {
            Py_CLEAR(metas);
        }
    }
    Py_DECREF(found);
    if (metas != NULL && outcome == 0) {
        PyObject *kept = PyList_New(0);
        for (Py_ssize_t k = 0; kept != NULL && k < PyList_GET_SIZE(links); k++) {
            PyObject *span = PyList_GET_ITEM(links, k);
            if (PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1)) <= limit && PyList_Append(kept, span) < 0) {
                Py_CLEAR(kept);
            }
        }
        Py_SETREF(links, kept);
    }
    if (metas == NULL || links == NULL) {
        Py_XDECREF(metas);
        Py_XDECREF(links);
        return NULL;
    }
    if (outcome == 1) {
        return Py_BuildValue("(nNN)", end, metas, links);
    }
    return Py_BuildValue("(ONN)", Py_None, metas, links);
}

/* meta_key_content(attributes): (key, content) of a <meta> tag's attributes as kabar.extract.html reads them with
 * ATTR, r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""" (names lower-cased, the last of a repeated name
 * kept): key the first non-empty of property, name, itemprop and http-equiv, else ""; content that of content, else "".
 * None when one of those values holds "&" (the caller unescapes it). A head has dozens of <meta> tags: the pattern and
 * a dict of every attribute cost ~1 us a tag. */
static const char *const META_ATTRIBUTES[] = {"property", "name", "itemprop", "http-equiv", "content"};

static inline int
is_attribute_name_char(Py_UCS4 ch)
{
    return ch == ':' || ch == '.' || ch == '-' || ch == '_' || Py_UNICODE_ISALNUM(ch);
}

#define DEFINE_META_KEY_CONTENT(NAME, CHAR)                                                                        \
    /* which of META_ATTRIBUTES text[start:end] names in any ASCII case (a name with other characters lower-cases \
     * to none of them: only "K" U+212A lower-cases to an ASCII letter, and they hold no "k"), or -1 */            \
    static int NAME##_which(const CHAR *text, Py_ssize_t start, Py_ssize_t end)                                 \
    {                                                                                                           \
        for (int k = 0; k < 5; k++) {                                                                           \
            const char *want = META_ATTRIBUTES[k];                                                              \
            Py_ssize_t j = 0;                                                                                   \
            while (start + j < end && want[j]) {                                                                \
                Py_UCS4 ch = text[start + j];                                                                   \
                if (ch >= 'A' && ch <= 'Z') {                                                                   \
                    ch += 'a' - 'A';                                                                            \
                }                                                                                               \
                if (ch != (Py_UCS4)want[j]) {                                                                   \
                    break;                                                                                      \
                }                                                                                               \
                j++;                                                                                            \
            }                                                                                                   \
            if (start + j == end && !want[j]) {                                                                 \
                return k;                                                                                       \
            }                                                                                                   \
        }                                                                                                       \
        return -1;                                                                                              \
    }                                                                                                           \
    /* the value span of each of META_ATTRIBUTES (-1 when absent) */                                            \
    static void NAME(const CHAR *text, Py_ssize_t n, Py_ssize_t spans[5][2])                                    \
    {                                                                                                           \
        for (int k = 0; k < 5; k++) {                                                                           \
            spans[k][0] = spans[k][1] = -1;                                                                     \
        }                                                                                                       \
        Py_ssize_t p = 0;                                                                                       \
        /* (where no closing " or ' follows any more, once a search found none: linear on unclosed quotes) */   \
        Py_ssize_t no_quote_from[2] = {n + 1, n + 1};                                                           \
        while (p < n) {                                                                                         \
            if (!is_attribute_name_char(text[p])) {                                                             \
                p++;                                                                                            \
                continue;                                                                                       \
            }                                                                                                   \
            /* (where the pattern fails at a name, it fails at every later start inside it too: skip the name) */ \
            const Py_ssize_t name = p;                                                                          \
            while (p < n && is_attribute_name_char(text[p])) {                                                  \
                p++;                                                                                            \
            }                                                                                                   \
            const Py_ssize_t name_end = p;                                                                      \
            Py_ssize_t r = name_end;                                                                            \
            while (r < n && Py_UNICODE_ISSPACE(text[r])) {                                                      \
                r++;                                                                                            \
            }                                                                                                   \
            if (r >= n || text[r] != '=') {                                                                     \
                continue;                                                                                       \
            }                                                                                                   \
            r++;                                                                                                \
            while (r < n && Py_UNICODE_ISSPACE(text[r])) {                                                      \
                r++;                                                                                            \
            }                                                                                                   \
            Py_ssize_t value, value_end, end;                                                                   \
            if (r < n && (text[r] == '"' || text[r] == '\'')) {                                                 \
                const CHAR quote = text[r];                                                                     \
                const int single = quote == '\'';                                                               \
                value = value_end = r + 1;                                                                      \
                if (value >= no_quote_from[single]) {                                                           \
                    continue;                                                                                   \
                }                                                                                               \
                while (value_end < n && text[value_end] != quote) {                                             \
                    value_end++;                                                                                \
                }                                                                                               \
                if (value_end >= n) {                                                                           \
                    no_quote_from[single] = value;                                                              \
                    continue;                                                                                   \
                }                                                                                               \
                end = value_end + 1;                                                                            \
            }                                                                                                   \
            else {                                                                                              \
                value = value_end = r;                                                                          \
                while (value_end < n && !Py_UNICODE_ISSPACE(text[value_end]) && text[value_end] != '"'          \
                       && text[value_end] != '\'' && text[value_end] != '>') {                                  \
                    value_end++;                                                                                \
                }                                                                                               \
                if (value_end == value) {                                                                       \
                    continue;                                                                                   \
                }                                                                                               \
                end = value_end;                                                                                \
            }                                                                                                   \
            const int which = NAME##_which(text, name, name_end);                                               \
            if (which >= 0) {                                                                                   \
                spans[which][0] = value;                                                                        \
                spans[which][1] = value_end;                                                                    \
            }                                                                                                   \
            p = end;                                                                                            \
        }                                                                                                       \
    }

DEFINE_META_KEY_CONTENT(meta_spans_ucs1, Py_UCS1)
DEFINE_META_KEY_CONTENT(meta_spans_ucs2, Py_UCS2)
DEFINE_META_KEY_CONTENT(meta_spans_ucs4, Py_UCS4)

static PyObject *
meta_key_content(PyObject *module, PyObject *attributes)
{
    if (!PyUnicode_Check(attributes)) {
        PyErr_Format(PyExc_TypeError, "meta_key_content() argument must be str, not %.100s", Py_TYPE(attributes)->tp_name);
        return NULL;
    }
    const void *data = PyUnicode_DATA(attributes);
    const int kind = PyUnicode_KIND(attributes);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(attributes);
    Py_ssize_t spans[5][2];
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        meta_spans_ucs1(data, n, spans);
        break;
    case PyUnicode_2BYTE_KIND:
        meta_spans_ucs2(data, n, spans);
        break;
    default:
        meta_spans_ucs4(data, n, spans);
    }
    for (int k = 0; k < 5; k++) {
        for (Py_ssize_t j = spans[k][0]; j >= 0 && j < spans[k][1]; j++) {
            if (PyUnicode_READ(kind, data, j) == '&') {
                Py_RETURN_NONE;
            }
        }
    }
    int key = 0;
    while (key < 4 && spans[key][1] <= spans[key][0]) {
        key++;
    }
    PyObject *key_text = key < 4 ? PyUnicode_Substring(attributes, spans[key][0], spans[key][1]) : PyUnicode_New(0, 0);
    PyObject *content = spans[4][0] >= 0 ? PyUnicode_Substring(attributes, spans[4][0], spans[4][1]) : PyUnicode_New(0, 0);
    if (key_text == NULL || content == NULL) {
        Py_XDECREF(key_text);
        Py_XDECREF(content);
        return NULL;
    }
    return Py_BuildValue("(NN)", key_text, content);
}

static PyMethodDef methods[] = {
    {"normalise", normalise, METH_O, "Lower-case words only: the C version of kabar.extract.features.normalise."},
    {"needle_table", needle_table, METH_O, "A table of groups of substrings (a tuple of tuples of str) for line_facts."},
    {"line_facts", (PyCFunction)(void (*)(void))line_facts, METH_FASTCALL,
     "line_facts(table, text): (len(text.split()), a decimal digit in text, bits of the table's groups in text)."},
    {"tag_marks", tag_marks, METH_O,
     "tag_marks(html): ([starts of r'<ul[\\s>]'], [of r'\\+json'] (both IGNORECASE), [of 'datePublished'], [of '<time'])."},
    {"head_tags", (PyCFunction)(void (*)(void))head_tags, METH_FASTCALL,
     "head_tags(html, limit): (head end or None, [<meta> attributes], [(start, end) of <link> tags]) or None."},
    {"meta_key_content", meta_key_content, METH_O,
     "meta_key_content(attributes): (key, content) of a <meta> tag's attributes, or None when one holds '&'."},
    {"word_table", word_table, METH_O, "A table of words (a tuple of distinct str) for known_words."},
    {"known_words", (PyCFunction)(void (*)(void))known_words, METH_FASTCALL,
     "known_words(table, text, max_words): ({word of the table: times among the first max_words words}, words read)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "kabar.extract._speedups", "C versions of hot functions of kabar.extract.", -1, methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    lower_name = PyUnicode_InternFromString("lower");
    if (lower_name == NULL) {
        return NULL;
    }
    PyObject *created = PyModule_Create(&module);
    /* (the interface's version: kabar.extract.speedups uses a module built for the API it expects, and only such) */
    if (created != NULL && PyModule_AddIntConstant(created, "API", 2) < 0) {
        Py_CLEAR(created);
    }
    return created;
}
