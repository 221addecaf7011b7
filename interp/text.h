/* interp/text.h — AL Text and Code values and every text function.
 *
 * A text is immutable UTF-8 in ONE pointer-free block (al_alloc_atomic):
 * the collector never scans it, and values share texts freely.  Functions
 * never modify their arguments; a function may return one of its arguments
 * unchanged when the result would be equal (Trim of an untrimmed text).
 * The one exception is a text that al_text_append made for a variable and
 * that nothing else holds yet: it grows in place (see "Appending" below).
 *
 * Characters.  BC's strings are UTF-16, so BC counts a character outside
 * the Basic Multilingual Plane (an emoji) as 2; alrun counts Unicode code
 * points, so such a character counts 1.  A byte that is not part of valid
 * UTF-8 counts as one character (its value, read as a Char, is the byte —
 * Latin-1).  Every position and length in this API is in characters,
 * 1-based like AL's; docs/text.md has the details and every error text.
 *
 * Failure follows interp/fail.h: functions that can fail take `al_fail *`
 * last and return NULL / false with BC's message.  Optional AL arguments
 * that are integers take AL_TEXT_OMIT when the AL call leaves them out.
 */
#ifndef AL_INTERP_TEXT_H
#define AL_INTERP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/fail.h"

typedef struct al_text {
    uint32_t len;      /* bytes, not counting the terminating NUL */
    uint32_t nchars;   /* characters: code points, an invalid byte counting 1 */
    uint32_t cap;      /* bytes [s] has room for, not counting the NUL (>= len) */
    const void *owner; /* the variable that alone holds this text, or NULL (below) */
    char s[];          /* UTF-8, NUL-terminated */
} al_text;

/* The empty text: a static object (it holds no GC pointers). */
extern const al_text al_text_empty_obj;
#define AL_TEXT_EMPTY (&al_text_empty_obj)

/* An integer argument the AL call left out (CopyStr without Len, ...). */
#define AL_TEXT_OMIT INT64_MIN

/* Largest text in bytes; longer results fail with AL_TEXT_MSG_TOO_LONG
 * (.NET's string limit is about 2^30 UTF-16 units; this is the same
 * order and keeps every length in a uint32_t). */
#define AL_TEXT_MAX_BYTES 0x3FFFFFDFu

/* ------------------------------------------------------------ making */

/* A text from [len] bytes of [s] (copied; need not be NUL-terminated).
 * Inputs longer than AL_TEXT_MAX_BYTES are cut there (callers pass source
 * literals and file contents, which are far smaller). */
const al_text *al_text_new(const char *s, size_t len);
/* Appends [n] bytes to TextBuilder-style buffer [b] (value.h), doubling it
 * as needed and keeping it NUL-terminated.  Shared by TextBuilder and the
 * JSON writer. */
struct al_tbuilder;
void al_tbuilder_append(struct al_tbuilder *b, const char *s, uint32_t n);
const al_text *al_text_cstr(const char *s);
/* A + B; fails only past AL_TEXT_MAX_BYTES. */
const al_text *al_text_concat(const al_text *a, const al_text *b, al_fail *f);

/* A text of one character (a Char assigned to a Text).  0 gives the empty
 * text; a lone surrogate (0xD800-0xDFFF) or a value past 0x10FFFF gives
 * U+FFFD. */
const al_text *al_text_from_char(uint32_t cp);
/* S[i]: the character at 1-based [i]; fails when i < 1 or i > StrLen. */
bool al_text_char_at(const al_text *s, int64_t i, uint32_t *out, al_fail *f);
/* S[i] := C: a copy of [s] with character [i] replaced. */
const al_text *al_text_set_char(const al_text *s, int64_t i, uint32_t cp, al_fail *f);
/* The characters as code points (ToCharArray); *n gets the count. */
uint32_t *al_text_chars(const al_text *s, uint32_t *n);

/* ------------------------------------------------------------ appending
 * `S += X` on a Text variable appends in place, so that n appends cost
 * O(n) in all rather than O(n^2), without giving up value semantics
 * (`B := S; S += 'x'` leaves B alone) or sharing mutable state between
 * threads.  The invariant:
 *
 *   a text whose [owner] is not NULL is held by exactly one value: the one
 *   in the variable (slot) [owner] points to.
 *
 * Only al_text_append sets [owner], on a text it has just made or that
 * already had that owner, and the evaluator stores the result only in that
 * variable.  Whoever copies a value out of a variable that may own its text
 * (reading a Text local or global, a var parameter, a receiver, a named
 * return value) calls al_text_share first, which clears [owner] for good:
 * from then on the text is immutable like any other, and the next append
 * copies it.  So an owned text is reachable only from its variable, hence
 * only from the thread running that code; nobody can see it change.
 * [owner] is only compared, never followed (texts are not scanned by the
 * collector, and it may point into a C stack frame).  The program's own
 * texts (literals) never have an owner, so they are never written. */

/* Gives up [t]'s owner: [t] is about to be held by a second value. */
static inline void al_text_share(const al_text *t)
{
    if (t->owner) ((al_text *)t)->owner = NULL;
}

/* The first [alen] bytes ([anchars] characters) of [a], followed by [b]:
 * the value of `V := V + B` where [a] is what V held before B was
 * evaluated and [owner] is V's slot.  Appends in place when [a] is owned by
 * [owner] (non-NULL), still [alen] bytes long and has room; otherwise
 * returns a new text owned by [owner] with room for as much again.  The
 * caller stores the result in [owner] and nowhere else.  Fails only past
 * AL_TEXT_MAX_BYTES (then [a] is unchanged). */
const al_text *al_text_append(const al_text *a, uint32_t alen, uint32_t anchars, const al_text *b,
                              const void *owner, al_fail *f);

/* ------------------------------------------------------------ comparing */

/* Case-sensitive equality, as AL's = on Text. */
bool al_text_eq(const al_text *a, const al_text *b);
bool al_text_eq_cstr(const al_text *a, const char *s);
/* <0, 0, >0: ordinal by code point (= UTF-8 byte order).  See docs. */
int al_text_cmp(const al_text *a, const al_text *b);
/* FNV-1a over the bytes; equal texts hash equal. */
uint64_t al_text_hash(const al_text *t);

/* ------------------------------------------------------------ Text[n], Code[n] */

/* The value assigned to a Text[maxlen]: [t] itself, or a failure with
 * "The length of the string is ..." when longer.  maxlen 0 = unbounded. */
const al_text *al_text_fit(const al_text *t, uint32_t maxlen, al_fail *f);
/* The value assigned to a Code[maxlen]: upper-cased, leading and trailing
 * spaces removed, then checked like al_text_fit (the message shows the
 * normalised value).  maxlen 0 = unbounded. */
const al_text *al_text_code(const al_text *t, uint32_t maxlen, al_fail *f);

/* ------------------------------------------------------------ classic functions */

int32_t al_text_strlen(const al_text *s);
/* CopyStr(S, Pos [, Len]). */
const al_text *al_text_copystr(const al_text *s, int64_t pos, int64_t len, al_fail *f);
/* StrPos(S, Sub): 1-based, 0 when absent or either is empty. */
int32_t al_text_strpos(const al_text *s, const al_text *sub);
/* UpperCase/ToUpper and LowerCase/ToLower: Unicode simple case mapping. */
const al_text *al_text_upper(const al_text *s);
const al_text *al_text_lower(const al_text *s);
/* IncStr(S): the last number in S plus one, same width unless it grows;
 * '' when S holds no digit. */
const al_text *al_text_incstr(const al_text *s);
/* SelectStr(N, CommaString). */
const al_text *al_text_selectstr(int64_t n, const al_text *s, al_fail *f);
/* ConvertStr(S, From, To). */
const al_text *al_text_convertstr(const al_text *s, const al_text *from,
                                  const al_text *to, al_fail *f);
/* DelChr(S [, Where [, Which]]): NULL for an omitted argument
 * (Where defaults to '=', Which to ' '). */
const al_text *al_text_delchr(const al_text *s, const al_text *where,
                              const al_text *which, al_fail *f);
/* DelStr(S, Pos [, Len]). */
const al_text *al_text_delstr(const al_text *s, int64_t pos, int64_t len, al_fail *f);
/* InsStr(S, Sub, Pos). */
const al_text *al_text_insstr(const al_text *s, const al_text *sub, int64_t pos,
                              al_fail *f);
/* PadStr(S, Len [, Fill]): fill NULL = space. */
const al_text *al_text_padstr(const al_text *s, int64_t len, const al_text *fill,
                              al_fail *f);
/* StrSubstNo(Fmt, v1..vn): [values] are already formatted (NULL = '');
 * %1..%10 and #n### fields.  Never fails today. */
const al_text *al_text_substno(const al_text *fmt, const al_text *const *values,
                               int n, al_fail *f);

/* ------------------------------------------------------------ Text methods */

bool al_text_contains(const al_text *s, const al_text *v);
bool al_text_startswith(const al_text *s, const al_text *v);
bool al_text_endswith(const al_text *s, const al_text *v);
/* IndexOf(V [, Start]) / LastIndexOf(V [, Start]): 1-based, 0 when absent. */
bool al_text_indexof(const al_text *s, const al_text *v, int64_t start,
                     int32_t *out, al_fail *f);
bool al_text_lastindexof(const al_text *s, const al_text *v, int64_t start,
                         int32_t *out, al_fail *f);
/* IndexOfAny(Chars [, Start]): the first position holding any of [cps]. */
bool al_text_indexofany(const al_text *s, const uint32_t *cps, uint32_t ncps,
                        int64_t start, int32_t *out, al_fail *f);
/* Substring(Start [, Length]). */
const al_text *al_text_substring(const al_text *s, int64_t start, int64_t len,
                                 al_fail *f);
/* Remove(Start [, Count]). */
const al_text *al_text_remove(const al_text *s, int64_t start, int64_t count,
                              al_fail *f);
/* Replace(Old, New): every occurrence, ordinal. */
const al_text *al_text_replace(const al_text *s, const al_text *old,
                               const al_text *with, al_fail *f);
/* Split(Separators...): a fresh array of *count texts.  No (non-empty)
 * separator splits at white space, like .NET. */
const al_text **al_text_split(const al_text *s, const al_text *const *seps,
                              uint32_t nseps, uint32_t *count);
/* Trim/TrimStart/TrimEnd([Chars]): chars NULL = white space. */
const al_text *al_text_trim(const al_text *s, const al_text *chars);
const al_text *al_text_trimstart(const al_text *s, const al_text *chars);
const al_text *al_text_trimend(const al_text *s, const al_text *chars);
/* PadLeft/PadRight(Width [, Char]): fill is a code point (' ' default). */
const al_text *al_text_padleft(const al_text *s, int64_t width, uint32_t fill,
                               al_fail *f);
const al_text *al_text_padright(const al_text *s, int64_t width, uint32_t fill,
                                al_fail *f);

/* ------------------------------------------------------------ helpers */

/* Byte offset of 1-based character position [pos] (nchars+1 → len). */
uint32_t al_text_offset(const al_text *s, uint32_t pos);
/* Decodes one character at [p] (< end); returns its byte length (≥ 1) and
 * its value in *cp (an invalid byte decodes as itself, length 1). */
uint32_t al_text_decode(const char *p, const char *end, uint32_t *cp);
/* Simple case mapping of one code point. */
uint32_t al_text_cp_upper(uint32_t cp);
uint32_t al_text_cp_lower(uint32_t cp);
/* .NET Char.IsWhiteSpace. */
bool al_text_cp_space(uint32_t cp);

/* ------------------------------------------------------------ error texts
 * Kept here so callers and tests share one spelling; docs/text.md says
 * which are BC's measured texts and which are alrun's choices. */
#define AL_TEXT_MSG_OVERFLOW \
    "The length of the string is %u, but it must be less than or equal to %u characters. Value: %s"
#define AL_TEXT_MSG_TOO_LONG "Exception of type 'System.OutOfMemoryException' was thrown."

#endif
