/* interp/guid.h — AL's Guid: a 16-byte value type.
 *
 * The bytes are kept in the order the text shows them ("{00112233-4455-..."
 * → b[0] = 0x00, b[1] = 0x11, ...), so memcmp order is the order of the
 * hex text, which is also .NET's Guid.CompareTo order.  SQL Server sorts
 * uniqueidentifier differently (al_guid_cmp_sql) — tables with a Guid key
 * are sorted that way in BC.
 */
#ifndef AL_INTERP_GUID_H
#define AL_INTERP_GUID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/fail.h"
#include "interp/text.h"

typedef struct al_guid { uint8_t b[16]; } al_guid;

/* The null Guid (all zero bytes): the default of a Guid variable. */
extern const al_guid al_guid_null;
/* UserSecurityId(): the security ID of alrun's one user. */
extern const al_guid al_guid_user;

/* A source of random bytes: fills [buf] with [n] bytes. */
typedef void (*al_guid_rand_fn)(void *ctx, uint8_t *buf, size_t n);

/* The operating system's randomness (getrandom); ctx unused. */
void al_guid_rand_os(void *ctx, uint8_t *buf, size_t n);

/* A deterministic source (splitmix64) for reproducible runs: pass
 * al_guid_rand_seeded with a pointer to an al_guid_seed as ctx. */
typedef struct al_guid_seed { uint64_t state; } al_guid_seed;
void al_guid_rand_seeded(void *ctx, uint8_t *buf, size_t n);

/* CreateGuid(): a random version-4 Guid from [fn] (NULL = the OS). */
al_guid al_guid_create(al_guid_rand_fn fn, void *ctx);

/* IsNullGuid(G). */
bool al_guid_is_null(const al_guid *g);
bool al_guid_eq(const al_guid *a, const al_guid *b);
/* <0, 0, >0 in .NET order (the order of the upper-case hex text). */
int al_guid_cmp(const al_guid *a, const al_guid *b);
/* <0, 0, >0 in SQL Server's uniqueidentifier order: the last 6 bytes
 * decide first, then bytes 8-9, 6-7, 4-5 and 0-3 (text order). */
int al_guid_cmp_sql(const al_guid *a, const al_guid *b);
uint64_t al_guid_hash(const al_guid *g);

/* Format(G, 0, FormatNumber): 0, 1, 2 and 9 give
 * '{EA48A3E0-48E0-4AB7-B1A1-E3EA85BF1B75}', 3 the 32 digits alone, 4 the
 * digits with dashes.  Any other number gives format 0. */
const al_text *al_guid_format(const al_guid *g, int format_number);

/* Evaluate(G, Text): accepts, ignoring case and surrounding white space,
 * 32 hex digits, 8-4-4-4-12 with dashes, and that in {} or ().  Fails with
 * Evaluate's text 'The value "<text>" can't be evaluated into type Guid.' */
bool al_guid_parse(const al_text *t, al_guid *out, al_fail *f);

#define AL_GUID_MSG_EVALUATE "The value \"%s\" can't be evaluated into type Guid."

#endif
