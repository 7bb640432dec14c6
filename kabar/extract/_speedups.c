/* Optional C versions of hot pure-Python functions of kabar.extract (built by setup.py when a compiler is at hand;
 * kabar falls back to the Python functions otherwise, and tests/extract/test_speedups.py checks both give the same
 * results). Hand-written because the Python versions are already tuned: what is left of their cost is the interpreter
 * stepping through every word of every body line (normalise ran ~6 us on a 300-character paragraph).
 *
 * normalise(text): " ".join(WORD.findall(text.lower())) with kabar.extract.features.WORD,
 *     r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+", read as Python's re reads it on str patterns: \w is a character for which
 *     str.isalnum() holds, or "_"; \d one for which str.isdecimal() holds.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

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

static PyMethodDef methods[] = {
    {"normalise", normalise, METH_O, "Lower-case words only: the C version of kabar.extract.features.normalise."},
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
    return PyModule_Create(&module);
}
