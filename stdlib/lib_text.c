/* stdlib/lib_text.c — the methods of Text (and Code) values, and
 * TextBuilder.  Text is immutable: every method returns a new text. */
#include "stdlib/lib.h"
#include "grammar/mem.h"

#include <string.h>

#define RECV(self) ((self)->tag == AL_TAG_REF ? (self)->u.ref->u.text : (self)->u.text)

static al_value t_test(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc;
    const al_text *s = RECV(self), *v = al_lib_arg_text(X, argv[0]);
    switch (call->builtin->magic) {
    case 0: return al_bool(al_text_contains(s, v));
    case 1: return al_bool(al_text_startswith(s, v));
    default: return al_bool(al_text_endswith(s, v));
    }
}

static al_value t_indexof(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_fail f = {0};
    int32_t r = 0;
    int64_t start = argc > 1 ? al_lib_arg_int(argv[1]) : AL_TEXT_OMIT;
    bool ok = call->builtin->magic ? al_text_lastindexof(RECV(self), al_lib_arg_text(X, argv[0]), start, &r, &f)
                                   : al_text_indexof(RECV(self), al_lib_arg_text(X, argv[0]), start, &r, &f);
    al_lib_check(X, ok, &f);
    return al_int(r);
}

static al_value t_substring(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_fail f = {0};
    int64_t len = argc > 1 ? al_lib_arg_int(argv[1]) : AL_TEXT_OMIT;
    const al_text *r = call->builtin->magic ? al_text_remove(RECV(self), al_lib_arg_int(argv[0]), len, &f)
                                            : al_text_substring(RECV(self), al_lib_arg_int(argv[0]), len, &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value t_replace(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)call;
    al_fail f = {0};
    const al_text *r = al_text_replace(RECV(self), al_lib_arg_text(X, argv[0]), al_lib_arg_text(X, argv[1]), &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value t_split(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)call;
    const al_text **seps = al_alloc(sizeof *seps * (size_t)(argc + 1));
    for (int i = 0; i < argc; i++) seps[i] = al_lib_arg_text(X, argv[i]);
    uint32_t n = 0;
    const al_text **parts = al_text_split(RECV(self), seps, (uint32_t)argc, &n);
    al_list *l;
    al_value v = al_lib_new_list(&al_type_text, n, &l);
    for (uint32_t i = 0; i < n; i++) l->items[l->count++] = al_lib_text(parts[i]);
    return v;
}

static al_value t_trim(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    const al_text *chars = argc > 0 ? al_lib_arg_text(X, argv[0]) : NULL;
    switch (call->builtin->magic) {
    case 0: return al_lib_text(al_text_trim(RECV(self), chars));
    case 1: return al_lib_text(al_text_trimstart(RECV(self), chars));
    default: return al_lib_text(al_text_trimend(RECV(self), chars));
    }
}

static al_value t_pad(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_fail f = {0};
    uint32_t fill = argc > 1 ? (uint32_t)argv[1].u.i : ' ';
    const al_text *r = call->builtin->magic ? al_text_padright(RECV(self), al_lib_arg_int(argv[0]), fill, &f)
                                            : al_text_padleft(RECV(self), al_lib_arg_int(argv[0]), fill, &f);
    return al_lib_text_or_throw(X, r, &f);
}

static al_value t_case(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)X; (void)argc; (void)argv;
    return al_lib_text(call->builtin->magic ? al_text_lower(RECV(self)) : al_text_upper(RECV(self)));
}

static const al_builtin text_fns[] = {
    {"Contains", "t:b", t_test, AL_BF_PURE, 0},
    {"StartsWith", "t:b", t_test, AL_BF_PURE, 1},
    {"EndsWith", "t:b", t_test, AL_BF_PURE, 2},
    {"IndexOf", "t|i:i", t_indexof, AL_BF_PURE, 0},
    {"LastIndexOf", "t|i:i", t_indexof, AL_BF_PURE, 1},
    {"Substring", "i|i:t", t_substring, AL_BF_PURE, 0},
    {"Remove", "i|i:t", t_substring, AL_BF_PURE, 1},
    {"Replace", "tt:t", t_replace, AL_BF_PURE, 0},
    {"Split", "|t*:S", t_split, AL_BF_PURE, 0},
    {"Trim", "|t:t", t_trim, AL_BF_PURE, 0},
    {"TrimStart", "|t:t", t_trim, AL_BF_PURE, 1},
    {"TrimEnd", "|t:t", t_trim, AL_BF_PURE, 2},
    {"PadLeft", "i|c:t", t_pad, AL_BF_PURE, 0},
    {"PadRight", "i|c:t", t_pad, AL_BF_PURE, 1},
    {"ToUpper", ":t", t_case, AL_BF_PURE, 0},
    {"ToLower", ":t", t_case, AL_BF_PURE, 1},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_textm = {AL_TY_TEXT, text_fns};

/* ----------------------------------------------------------- TextBuilder */

static al_tbuilder *tb_of(al_exec *X, al_value *self)
{
    al_value *v = self->tag == AL_TAG_REF ? self->u.ref : self;
    if (!v->u.tb) v->u.tb = al_alloc(sizeof *v->u.tb);
    (void)X;
    return v->u.tb;
}

static al_value tb_append_fn(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    al_tbuilder *b = tb_of(X, self);
    if (argc > 0) {
        const al_text *t = al_lib_arg_text(X, argv[0]);
        al_tbuilder_append(b, t->s, t->len);
    }
    if (call->builtin->magic) al_tbuilder_append(b, "\r\n", 2);     /* AppendLine: .NET's Environment.NewLine on BC's servers */
    return al_bool(true);
}

static al_value tb_totext(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_tbuilder *b = tb_of(X, self);
    return al_lib_text(al_text_new(b->buf ? b->buf : "", b->len));
}

static al_value tb_length(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    al_tbuilder *b = tb_of(X, self);
    return al_int((int32_t)al_text_new(b->buf ? b->buf : "", b->len)->nchars);
}

static al_value tb_clear(al_exec *X, al_value *self, int argc, al_value *argv, const al_ir *call)
{
    (void)argc; (void)argv; (void)call;
    tb_of(X, self)->len = 0;
    return al_none();
}

static const al_builtin tbuilder_fns[] = {
    {"Append", "t:b", tb_append_fn, 0, 0},
    {"AppendLine", "|t:b", tb_append_fn, 0, 1},
    {"ToText", ":t", tb_totext, 0, 0},
    {"Length", ":i", tb_length, 0, 0},
    {"Clear", "", tb_clear, 0, 0},
    {NULL, NULL, NULL, 0, 0},
};

const al_builtin_lib al_lib_tbuilder = {AL_TY_TEXTBUILDER, tbuilder_fns};
