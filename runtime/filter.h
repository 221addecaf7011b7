/* runtime/filter.h — Business Central's record filter language.
 *
 * Record.SetRange / SetFilter store a filter per field; GetFilter returns
 * it as text; the SQLite record store turns it into SQL.  This module is
 * the filter itself: parsing BC's filter expressions ("10000..20000|<5",
 * "@*smith*", "<>''", "%1..%2"), typed values, matching one value, the
 * GetFilter text and the SQL form.  docs/filters.md describes the language,
 * every choice where BC's behaviour is not documented, and every error text.
 *
 * A filter is built once (al_filter_parse / al_filter_range) and is then
 * immutable: sessions on several threads may share it.  Everything is GC
 * memory (grammar/mem.h); nothing here keeps state between calls.
 *
 * The semantics of al_filter_match and of the SQL from al_filter_sql are
 * the same, given a store that
 *   - orders Text and Code columns with the collation al_filter_text_cmp
 *     (al_filter_register_sql registers it as AL_FILTER_COLLATION),
 *   - orders every other column in its AL type's order (numbers
 *     numerically, dates/times as their integer encoding, Options and Enums
 *     by ordinal, Booleans false < true, Guids as al_guid_cmp_sql),
 *   - has al_filter_register_sql's functions on the connection.
 */
#ifndef AL_RUNTIME_FILTER_H
#define AL_RUNTIME_FILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "interp/exec.h"
#include "interp/text.h"

struct sqlite3;

/* A filter on one field: a tree of conditions.  Opaque, immutable. */
typedef struct al_filter al_filter;

/* What a filter is on.  [type] is the field's AL type: Integer,
 * BigInteger, Decimal, Boolean, Text[n], Code[n], Date, Time, DateTime,
 * Duration, Guid, Option (type->members) or Enum (type->obj->values).
 * The names only appear in error texts (NULL reads as ""). */
typedef struct al_filter_field {
    const al_type *type;
    const char *field_name, *table_name;
} al_filter_field;

/* SetFilter(Field, Expr [, v1..v10]): parses [expr] for field [f].
 * %1..%10 are replaced by [args] (nargs of them) as VALUES: a substituted
 * value is a literal, its | & .. * ? ' ( ) are not operators.  A whole
 * token that is one placeholder takes the argument's value directly when
 * its kind fits the field (no Format/Evaluate round trip); a placeholder
 * inside a longer token is spliced in as al_format's text.
 * Returns NULL when [expr] is empty or blank: SetFilter(F, '') removes the
 * field's filter.  Throws (al_throw) BC's error text on a malformed filter
 * or a value that cannot be evaluated into the field's type. */
al_filter *al_filter_parse(al_exec *X, const al_filter_field *f, const al_text *expr,
                           const al_value *args, int nargs);

/* SetRange(Field, From [, To]): [to] NULL for a single value (an equality).
 * The values should already be of the field's type; Code values are
 * upper-cased and trimmed here, numbers widened (Integer to Decimal).
 * From = To gives the single-value filter.  Text values are literal: a '*'
 * in them matches a '*'.  Throws only when a value cannot be converted. */
al_filter *al_filter_range(al_exec *X, const al_filter_field *f, al_value from, const al_value *to);

/* Does value [v] (of the field's type) pass [flt]?  Never throws. */
bool al_filter_match(const al_filter *flt, al_value v);

/* The filter as GetFilter shows it: values formatted as Format shows them
 * (en-US), Code upper-cased, dates resolved (t -> 01/31/24), text values
 * quoted where they hold filter characters ('A|B', ''), no blanks around
 * operators, parentheses where the expression had them.  Parsing the text
 * again gives the same filter. */
const al_text *al_filter_text(const al_filter *flt);

/* GetRangeMin/GetRangeMax: when [flt] is a single value or one range
 * (a..b, ..b, a..), its bounds (a missing bound: has_lo or has_hi false);
 * false when it is anything else. */
bool al_filter_bounds(const al_filter *flt, al_value *lo, bool *has_lo, al_value *hi, bool *has_hi);

/* The field type the filter was built for. */
const al_type *al_filter_type(const al_filter *flt);

/* ------------------------------------------------------------ SQL */

/* A growing SQL text plus the values for its '?' placeholders, in order.
 * Zero-initialise it; the buffers are GC memory. */
typedef struct al_sql {
    char *buf;                  /* NUL-terminated */
    size_t len, cap;
    al_value *binds;
    uint32_t nbinds, bcap;
} al_sql;

void al_sql_append(al_sql *s, const char *text);
void al_sql_bind(al_sql *s, al_value v);

/* Appends to [out] a parenthesised boolean SQL expression over [column]
 * (pasted as given: the caller quotes it) that selects what
 * al_filter_match accepts.  Forms used:
 *   column = ?   <> < <= > >=        column BETWEEN ? AND ?
 *   al_like(column, ?, 0|1)          NOT al_like(column, ?, 0|1)
 *   (a OR b ...)                     (a AND b ...)
 * Every value is a '?' whose value is appended to out->binds: an al_value
 * of the field's type, or for al_like a Text pattern (see al_filter_like).
 * No user text ever appears in the SQL. */
void al_filter_sql(const al_filter *flt, const char *column, al_sql *out);

/* The name of the Text/Code collation al_filter_register_sql registers. */
#define AL_FILTER_COLLATION "al_ci"

/* Registers on [db] what the generated SQL needs: the function
 * al_like(value, pattern, flags) and the collation AL_FILTER_COLLATION
 * (al_filter_text_cmp).  The store calls it on every connection.
 * Returns SQLITE_OK or SQLite's error code. */
int al_filter_register_sql(struct sqlite3 *db);

/* ------------------------------------------------------------ helpers */

/* The order of Text and Code values in filters and in the store, standing
 * in for BC's case-insensitive SQL collation: code point by code point,
 * each folded with al_text_cp_lower (so 'abc' = 'ABC', '_' < 'a').  No
 * tie-break: texts differing only in case are equal. */
int al_filter_text_cmp(const char *a, size_t alen, const char *b, size_t blen);

/* Wildcard matching of UTF-8 [value] against [pattern], code point by code
 * point: '*' any run (also empty), '?' exactly one character, '\' makes the
 * next character literal; everything else matches itself, ignoring case
 * (al_text_cp_upper / al_text_cp_lower) when [ci].  The whole value must
 * match.  This is SQL's al_like(value, pattern, ci). */
bool al_filter_like(const char *value, size_t vlen, const char *pattern, size_t plen, bool ci);

#endif
