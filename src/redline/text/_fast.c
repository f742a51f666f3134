/* The text detector's two hottest loops, compiled.
 *
 * block_sums: the learned layer's hashed n-gram features of a normalised text, their weights
 * looked up and summed per block of `stride` characters, in one pass. It computes exactly the
 * feature ids of `redline.text.features.extract` (the same polynomial hash, salts and mixing,
 * all modulo 2**64) and sums their weights per block in float64, as
 * `redline.text.model.LinearModel` does with numpy.
 *
 * anchor_starts: where the pattern layer's anchor words begin words of a text, for every anchor
 * word at once, by walking a character trie from each word start (`redline.text.rules`).
 *
 * The module is optional: when it is not built, the Python and numpy paths run and give the
 * same results (the sums to float rounding).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_WORD 40
#define WORD_TOP 0x3040
#define N_CHAR_NGRAMS 4
static const int CHAR_NGRAMS[N_CHAR_NGRAMS] = {2, 3, 4, 5};

static const uint64_t P = 0x100000001B3ULL;
static const uint64_t MIX = 0x9E3779B97F4A7C15ULL;
static const uint64_t MIX2 = 0xBF58476D1CE4E5B9ULL;

#define PENDING 2048 /* features hashed ahead of their weight lookups */
#define AHEAD 24      /* lookups prefetched ahead of the one being added */

typedef struct {
    uint32_t id[PENDING];
    int32_t block[PENDING];
    Py_ssize_t n; /* not an int: stores to `id` and `block` cannot alias it */
    const uint16_t *table; /* rows of `width` IEEE half floats, the first `n_classes` used */
    Py_ssize_t width;
    Py_ssize_t n_classes;
    Py_ssize_t n_rows;
    unsigned shift;     /* 64 - bits */
    Py_ssize_t stride;
    int stride_shift;   /* log2(stride) when stride is a power of two, else -1 */
    Py_ssize_t n_blocks;
    double *sums;       /* (n_blocks, n_classes) */
    int64_t *counts;    /* (n_blocks,) */
} Acc;

static inline uint64_t mix(uint64_t x, unsigned shift) {
    x *= MIX;
    x ^= x >> 29;
    x *= MIX2;
    return x >> shift;
}

/* An IEEE 754 half float's value, exactly (every half is a float). */
static inline double half(uint16_t h) {
    uint32_t sign = (uint32_t)(h >> 15) << 31, exp = (h >> 10) & 0x1F, mant = h & 0x3FF;
    uint32_t bits;
    if (exp == 0) {
        double v = (double)mant * (1.0 / 16777216.0); /* subnormal: mant * 2**-24 */
        return sign ? -v : v;
    }
    if (exp == 31)
        bits = sign | 0x7F800000u | (mant << 13);
    else
        bits = sign | ((exp + 112) << 23) | (mant << 13);
    float f;
    memcpy(&f, &bits, sizeof f);
    return (double)f;
}

/* Adds the pending features' weight rows to their blocks. The rows are scattered over a table
 * of many megabytes, so each is prefetched a few features before it is read. */
static void flush(Acc *acc) {
    const Py_ssize_t width = acc->width, n_classes = acc->n_classes;
    /* Consecutive features mostly share a block: their sums are kept in locals (at most 8
     * classes; more go straight to memory) and written when the block changes. */
    double local[8] = {0};
    const int in_locals = n_classes <= 8;
    int64_t count = 0;
    int32_t current = acc->n ? acc->block[0] : 0;
    const Py_ssize_t n = acc->n;
    for (Py_ssize_t j = 0; j < n; j++) {
        if (j + AHEAD < n)
            __builtin_prefetch(acc->table + (Py_ssize_t)acc->id[j + AHEAD] * width);
        const uint16_t *row = acc->table + (Py_ssize_t)acc->id[j] * width;
        int32_t block = acc->block[j];
        if (block != current) {
            double *out = acc->sums + (Py_ssize_t)current * n_classes;
            if (in_locals)
                for (Py_ssize_t c = 0; c < n_classes; c++) {
                    out[c] += local[c];
                    local[c] = 0.0;
                }
            acc->counts[current] += count;
            count = 0;
            current = block;
        }
        if (in_locals) {
            if (n_classes == 3) {
                local[0] += half(row[0]);
                local[1] += half(row[1]);
                local[2] += half(row[2]);
            } else {
                for (Py_ssize_t c = 0; c < n_classes; c++) local[c] += half(row[c]);
            }
        } else {
            double *out = acc->sums + (Py_ssize_t)block * n_classes;
            for (Py_ssize_t c = 0; c < n_classes; c++) out[c] += half(row[c]);
        }
        count++;
    }
    if (n) {
        double *out = acc->sums + (Py_ssize_t)current * n_classes;
        if (in_locals)
            for (Py_ssize_t c = 0; c < n_classes; c++) out[c] += local[c];
        acc->counts[current] += count;
    }
    acc->n = 0;
}

static inline void add(Acc *acc, uint64_t salted, Py_ssize_t pos) {
    Py_ssize_t block = acc->stride_shift >= 0 ? pos >> acc->stride_shift : pos / acc->stride;
    if (block >= acc->n_blocks) block = acc->n_blocks - 1;
    acc->id[acc->n] = (uint32_t)mix(salted, acc->shift);
    acc->block[acc->n] = (int32_t)block;
    if (++acc->n == PENDING) flush(acc);
}

static inline int is_word(uint32_t c, const uint8_t *word_table) {
    return c >= WORD_TOP ? 1 : word_table[c];
}

/* block_sums(codepoints, word_table, table, width, n_classes, bits, stride, n_blocks,
 *            data_channel, salts, sums, counts)
 *
 * codepoints: the padded text (" " + text + " ") as native uint32 code points.
 * word_table: uint8 per code point below WORD_TOP, 1 for a word character.
 * table: float32 weight rows, `width` floats each (n_rows = len / width, a power of two >= 2**bits).
 * salts: uint64[9]: the character n-gram salts for n = 2..5, then word, bigram, skip-bigram,
 *        data word, data bigram.
 * sums: writable float64 (n_blocks * n_classes), zeroed by the caller; counts: writable int64
 * (n_blocks), zeroed by the caller.
 */
static PyObject *block_sums(PyObject *Py_UNUSED(self), PyObject *args) {
    Py_buffer cp_buf, word_buf, table_buf, salt_buf, sums_buf, counts_buf;
    Py_ssize_t width, n_classes, stride, n_blocks;
    int bits, data_channel, skip_bigrams;
    if (!PyArg_ParseTuple(args, "y*y*y*nninnppy*w*w*", &cp_buf, &word_buf, &table_buf, &width,
                          &n_classes, &bits, &stride, &n_blocks, &data_channel, &skip_bigrams,
                          &salt_buf, &sums_buf, &counts_buf))
        return NULL;
    PyObject *result = NULL;
    uint64_t *words = NULL;
    Py_ssize_t *word_pos = NULL;
    const uint32_t *cp = (const uint32_t *)cp_buf.buf;
    Py_ssize_t n = cp_buf.len / 4;
    const uint8_t *word_table = (const uint8_t *)word_buf.buf;
    const uint64_t *salts = (const uint64_t *)salt_buf.buf;
    if (word_buf.len < WORD_TOP + 1 || salt_buf.len < 9 * 8 || width < n_classes ||
        n_classes < 1 || stride < 1 || n_blocks < 1 || bits < 1 || bits > 40 ||
        sums_buf.len < n_blocks * n_classes * 8 || counts_buf.len < n_blocks * 8) {
        PyErr_SetString(PyExc_ValueError, "block_sums: inconsistent arguments");
        goto done;
    }
    Acc acc = {
        .n = 0,
        .table = (const uint16_t *)table_buf.buf,
        .width = width,
        .n_classes = n_classes,
        .n_rows = table_buf.len / (2 * width),
        .shift = (unsigned)(64 - bits),
        .stride = stride,
        .stride_shift = -1,
        .n_blocks = n_blocks,
        .sums = (double *)sums_buf.buf,
        .counts = (int64_t *)counts_buf.buf,
    };
    if (acc.n_rows < ((Py_ssize_t)1 << bits) || bits > 32) {
        PyErr_SetString(PyExc_ValueError, "block_sums: weight table smaller than 2**bits rows");
        goto done;
    }
    if ((stride & (stride - 1)) == 0)
        for (acc.stride_shift = 0; ((Py_ssize_t)1 << acc.stride_shift) < stride; acc.stride_shift++)
            ;
    Py_ssize_t text_len = n - 2; /* without the padding */
    Py_ssize_t last = text_len > 0 ? text_len - 1 : 0;

    Py_BEGIN_ALLOW_THREADS
    /* Character n-grams of 2 to 5 code points (CHAR_NGRAMS), each hash extending the one before:
     * the n-grams starting at padded index a sit at text offset max(a - 1, 0). */
    for (Py_ssize_t a = 0; a + CHAR_NGRAMS[0] <= n; a++) {
        Py_ssize_t pos = a > 0 ? a - 1 : 0;
        uint64_t h = cp[a];
        for (int g = 0; g < N_CHAR_NGRAMS && a + CHAR_NGRAMS[g] <= n; g++) {
            h = h * P + cp[a + CHAR_NGRAMS[g] - 1];
            add(&acc, h ^ salts[g], pos);
        }
    }
    Py_END_ALLOW_THREADS

    /* Words: maximal runs of word characters, hashed by their first MAX_WORD code points. */
    Py_ssize_t n_words = 0;
    for (Py_ssize_t i = 1; i < n; i++)
        if (is_word(cp[i], word_table) && !is_word(cp[i - 1], word_table)) n_words++;
    if (n_words) {
        words = PyMem_Malloc(n_words * sizeof(uint64_t));
        word_pos = PyMem_Malloc(n_words * sizeof(Py_ssize_t));
        if (!words || !word_pos) {
            PyErr_NoMemory();
            goto done;
        }
    }
    Py_BEGIN_ALLOW_THREADS
    Py_ssize_t w = 0;
    Py_ssize_t i = 1;
    while (i < n) {
        if (!is_word(cp[i], word_table)) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n && is_word(cp[i], word_table)) i++;
        Py_ssize_t stop = i - start > MAX_WORD ? start + MAX_WORD : i;
        uint64_t h = 0;
        for (Py_ssize_t j = start; j < stop; j++) h = h * P + cp[j];
        words[w] = h;
        Py_ssize_t pos = start - 1;
        word_pos[w] = pos < last ? pos : last;
        w++;
    }
    for (Py_ssize_t j = 0; j < n_words; j++) add(&acc, words[j] ^ salts[4], word_pos[j]);
    for (Py_ssize_t j = 0; j + 1 < n_words; j++)
        add(&acc, (words[j] * P + (words[j + 1] ^ MIX)) ^ salts[5], word_pos[j]);
    if (skip_bigrams)
        for (Py_ssize_t j = 0; j + 2 < n_words; j++)
            add(&acc, (words[j] * P + (words[j + 2] ^ MIX2)) ^ salts[6], word_pos[j]);
    if (data_channel) {
        for (Py_ssize_t j = 0; j < n_words; j++) add(&acc, words[j] ^ salts[7], word_pos[j]);
        for (Py_ssize_t j = 0; j + 1 < n_words; j++)
            add(&acc, (words[j] * P + (words[j + 1] ^ MIX)) ^ salts[8], word_pos[j]);
    }
    flush(&acc);
    Py_END_ALLOW_THREADS

    result = Py_None;
    Py_INCREF(result);
done:
    PyMem_Free(words);
    PyMem_Free(word_pos);
    PyBuffer_Release(&cp_buf);
    PyBuffer_Release(&word_buf);
    PyBuffer_Release(&table_buf);
    PyBuffer_Release(&salt_buf);
    PyBuffer_Release(&sums_buf);
    PyBuffer_Release(&counts_buf);
    return result;
}

/* ---- anchor words ------------------------------------------------------------------------ */

/* A character trie: each node's children are a linked list (first child, next sibling); the root's
 * children below 128 are also indexed directly. */
typedef struct {
    Py_UCS4 ch;
    int32_t child;   /* first child, -1 for none */
    int32_t sibling; /* next sibling, -1 for none */
    int32_t word;    /* index of the word ending here, -1 for none */
} Node;

typedef struct {
    Node *nodes;
    Py_ssize_t n_nodes;
    Py_ssize_t n_words;
    PyObject *keys; /* the word indices as ints, shared by every result */
    int32_t ascii_root[128];
} Trie;

#define TRIE_CAPSULE "redline.text._fast.Trie"

static void trie_free(PyObject *capsule) {
    Trie *trie = PyCapsule_GetPointer(capsule, TRIE_CAPSULE);
    if (trie) {
        Py_XDECREF(trie->keys);
        PyMem_Free(trie->nodes);
        PyMem_Free(trie);
    }
}

static int32_t trie_child(const Trie *trie, int32_t node, Py_UCS4 ch) {
    if (node == 0 && ch < 128) return trie->ascii_root[ch];
    for (int32_t c = trie->nodes[node].child; c >= 0; c = trie->nodes[c].sibling)
        if (trie->nodes[c].ch == ch) return c;
    return -1;
}

/* anchor_trie(words) -> an opaque trie of the words (a list of non-empty str). */
static PyObject *anchor_trie(PyObject *Py_UNUSED(self), PyObject *words) {
    if (!PyList_Check(words)) {
        PyErr_SetString(PyExc_TypeError, "anchor_trie: words must be a list of str");
        return NULL;
    }
    Py_ssize_t n_words = PyList_GET_SIZE(words), capacity = 1;
    for (Py_ssize_t i = 0; i < n_words; i++) {
        PyObject *w = PyList_GET_ITEM(words, i);
        if (!PyUnicode_Check(w) || PyUnicode_GET_LENGTH(w) == 0) {
            PyErr_SetString(PyExc_TypeError, "anchor_trie: words must be non-empty str");
            return NULL;
        }
        for (Py_ssize_t j = 0; j < PyUnicode_GET_LENGTH(w); j++)
            if (Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(w, j))) {
                PyErr_SetString(PyExc_ValueError, "anchor_trie: a word holds whitespace");
                return NULL;
            }
        capacity += PyUnicode_GET_LENGTH(w);
    }
    if (capacity > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "anchor_trie: too many characters");
        return NULL;
    }
    Trie *trie = PyMem_Calloc(1, sizeof(Trie));
    if (!trie) return PyErr_NoMemory();
    trie->nodes = PyMem_Calloc((size_t)capacity, sizeof(Node));
    if (!trie->nodes) {
        PyMem_Free(trie);
        return PyErr_NoMemory();
    }
    trie->n_words = n_words;
    trie->keys = PyTuple_New(n_words);
    if (!trie->keys) {
        PyMem_Free(trie->nodes);
        PyMem_Free(trie);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n_words; i++) {
        PyObject *key = PyLong_FromSsize_t(i);
        if (!key) {
            Py_DECREF(trie->keys);
            PyMem_Free(trie->nodes);
            PyMem_Free(trie);
            return NULL;
        }
        PyTuple_SET_ITEM(trie->keys, i, key);
    }
    for (int i = 0; i < 128; i++) trie->ascii_root[i] = -1;
    trie->nodes[0] = (Node){0, -1, -1, -1};
    trie->n_nodes = 1;
    for (Py_ssize_t i = 0; i < n_words; i++) {
        PyObject *w = PyList_GET_ITEM(words, i);
        int kind = PyUnicode_KIND(w);
        const void *data = PyUnicode_DATA(w);
        int32_t node = 0;
        for (Py_ssize_t j = 0; j < PyUnicode_GET_LENGTH(w); j++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, j);
            int32_t next = trie_child(trie, node, ch);
            if (next < 0) {
                next = (int32_t)trie->n_nodes++;
                trie->nodes[next] = (Node){ch, -1, trie->nodes[node].child, -1};
                trie->nodes[node].child = next;
                if (node == 0 && ch < 128) trie->ascii_root[ch] = next;
            }
            node = next;
        }
        trie->nodes[node].word = (int32_t)i;
    }
    PyObject *capsule = PyCapsule_New(trie, TRIE_CAPSULE, trie_free);
    if (!capsule) {
        Py_DECREF(trie->keys);
        PyMem_Free(trie->nodes);
        PyMem_Free(trie);
    }
    return capsule;
}

static int record(PyObject *starts, PyObject *key, Py_ssize_t p) {
    PyObject *at = PyLong_FromSsize_t(p);
    if (!at) return -1;
    PyObject *list = PyDict_GetItemWithError(starts, key);
    int bad = 0;
    if (!list) {
        if (PyErr_Occurred()) bad = 1;
        else {
            list = PyList_New(0);
            bad = !list || PyDict_SetItem(starts, key, list) < 0;
            Py_XDECREF(list); /* the dict holds it */
        }
    }
    bad = bad || PyList_Append(list, at) < 0;
    Py_DECREF(at);
    return bad ? -1 : 0;
}

/* anchor_starts(trie, spaced) -> (starts, whole)
 *
 * starts: {word index: [offsets]}, every offset p of `spaced` that begins a word (p == 0 or
 * spaced[p - 1] == " ") and at which the word occurs, ascending; only words that occur.
 * whole: the set of word indices equal to a whole whitespace-separated token (as str.split()).
 * No word holds whitespace (`anchor_trie` refuses it), so every occurrence starts a token and
 * ends inside it: one walk of the trie from each token start finds both.
 */
static PyObject *anchor_starts(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *capsule, *text;
    if (!PyArg_ParseTuple(args, "OU", &capsule, &text)) return NULL;
    const Trie *trie = PyCapsule_GetPointer(capsule, TRIE_CAPSULE);
    if (!trie) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_UCS4 *buf = PyUnicode_AsUCS4Copy(text);
    if (!buf) return NULL;
    PyObject *starts = PyDict_New(), *whole = PySet_New(NULL);
    if (!starts || !whole) goto fail;
    Py_ssize_t p = 0;
    while (p < n) {
        if (Py_UNICODE_ISSPACE(buf[p])) {
            p++;
            continue;
        }
        /* p starts a token; it starts a word (for `starts`) when a plain space comes before. */
        int word_start = p == 0 || buf[p - 1] == ' ';
        int32_t node = 0;
        Py_ssize_t q = p;
        while (q < n && !Py_UNICODE_ISSPACE(buf[q])) {
            if (node >= 0) {
                node = trie_child(trie, node, buf[q]);
                if (node >= 0 && word_start && trie->nodes[node].word >= 0 &&
                    record(starts, PyTuple_GET_ITEM(trie->keys, trie->nodes[node].word), p) < 0)
                    goto fail;
            }
            q++;
        }
        if (node > 0 && trie->nodes[node].word >= 0 &&
            PySet_Add(whole, PyTuple_GET_ITEM(trie->keys, trie->nodes[node].word)) < 0)
            goto fail;
        p = q;
    }
    PyMem_Free(buf);
    PyObject *result = PyTuple_Pack(2, starts, whole);
    Py_DECREF(starts);
    Py_DECREF(whole);
    return result;
fail:
    PyMem_Free(buf);
    Py_XDECREF(starts);
    Py_XDECREF(whole);
    return NULL;
}

static PyMethodDef methods[] = {
    {"block_sums", block_sums, METH_VARARGS,
     "Per-block weight sums and feature counts of a padded text's hashed n-gram features."},
    {"anchor_trie", anchor_trie, METH_O, "A character trie of anchor words, for anchor_starts."},
    {"anchor_starts", anchor_starts, METH_VARARGS,
     "Where each anchor word begins a word of a text, and which are whole tokens."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "redline.text._fast",
    "Compiled inner loops of the text detector: feature weight sums per block, anchor-word starts.",
    -1, methods,
};

PyMODINIT_FUNC PyInit__fast(void) { return PyModule_Create(&module); }
